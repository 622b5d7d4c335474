extension RiskModule {
    /// This module's part of the OpenAPI document: its paths, the schemas only it uses and its tags.
    /// `OpenAPIDocument` joins it with the platform's base (`Assets/openapi.json`) and the other parts.
    var openAPI: String {
        #"""
        {
          "tags": [
            {
              "name": "Risks",
              "description": "The risk register: assessments before and after responses, response actions, acceptance approval, scales and the risk breakdown structure."
            }
          ],
          "paths": {
            "/api/v1/projects/{projectID}/risks": {
              "get": {
                "tags": [
                  "Risks"
                ],
                "summary": "The risk register",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The list.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Risk"
                              }
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "post": {
                "tags": [
                  "Risks"
                ],
                "summary": "Raise a risk",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "maxLength": 200,
                      "minLength": 1
                    },
                    "description": "Makes a retry safe: a repeat with the same key and body (within 24 h) returns the first answer with Idempotent-Replayed: true; the same key with another body answers 422."
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/RiskInput"
                          },
                          {
                            "required": [
                              "title"
                            ],
                            "dependentRequired": {
                              "residual_schedule": [
                                "residual_probability"
                              ],
                              "residual_cost": [
                                "residual_probability"
                              ],
                              "residual_quality": [
                                "residual_probability"
                              ],
                              "residual_reputation": [
                                "residual_probability"
                              ],
                              "residual_safety": [
                                "residual_probability"
                              ]
                            }
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Risk"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      },
                      "Location": {
                        "description": "URL of the created resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON, or an Idempotency-Key that is empty or over 200 characters.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields, each listed in errors.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "description": "Numbered R-1, R-2 … per project. The inherent (and any residual) assessment is appended to the risk's history. Needs editRisks (owner, manager, member)."
              }
            },
            "/api/v1/projects/{projectID}/risks/{riskID}": {
              "get": {
                "tags": [
                  "Risks"
                ],
                "summary": "Get one Risk",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The object.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Risk"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "patch": {
                "tags": [
                  "Risks"
                ],
                "summary": "Change a Risk (only the fields sent)",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "description": "The ETag of the version being changed (428 without it, 412 when stale).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/RiskInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Risk"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON or If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields, each listed in errors.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "The object changed since the given If-Match version.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Risks"
                ],
                "summary": "Delete a Risk",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "description": "The ETag of the version being changed (428 without it, 412 when stale).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "Stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/risks/{riskID}/assessments": {
              "get": {
                "tags": [
                  "Risks"
                ],
                "summary": "Assessment history of a risk (oldest first)",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Every inherent and residual assessment as it was recorded.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "type": "object",
                                "properties": {
                                  "assessed_at": {
                                    "type": "string"
                                  },
                                  "assessed_by": {
                                    "type": "string"
                                  },
                                  "stage": {
                                    "type": "string",
                                    "enum": [
                                      "inherent",
                                      "residual"
                                    ]
                                  },
                                  "assessment": {
                                    "$ref": "#/components/schemas/RiskAssessment"
                                  }
                                },
                                "additionalProperties": false
                              }
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/risks/{riskID}/actions": {
              "get": {
                "tags": [
                  "Risks"
                ],
                "summary": "Response actions of a risk",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The list.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/RiskAction"
                              }
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "post": {
                "tags": [
                  "Risks"
                ],
                "summary": "Add a response action",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "maxLength": 200,
                      "minLength": 1
                    },
                    "description": "Makes a retry safe: a repeat with the same key and body (within 24 h) returns the first answer with Idempotent-Replayed: true; the same key with another body answers 422."
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/RiskActionInput"
                          },
                          {
                            "required": [
                              "title"
                            ]
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskAction"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      },
                      "Location": {
                        "description": "URL of the created resource.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON, or an Idempotency-Key that is empty or over 200 characters.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields, each listed in errors.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "description": "Needs editRisks."
              }
            },
            "/api/v1/projects/{projectID}/risks/{riskID}/actions/{actionID}": {
              "patch": {
                "tags": [
                  "Risks"
                ],
                "summary": "Change a response action (only the fields sent)",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "actionID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "description": "The ETag of the version being changed (428 without it, 412 when stale).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/RiskActionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskAction"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON or If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields, each listed in errors.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "The object changed since the given If-Match version.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Risks"
                ],
                "summary": "Delete a response action",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "actionID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "description": "The ETag of the version being changed (428 without it, 412 when stale).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted."
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "Stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/risks/{riskID}/approve-acceptance": {
              "post": {
                "tags": [
                  "Risks"
                ],
                "summary": "Approve accepting a risk",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "riskID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": false,
                    "description": "Optional: the ETag of the version being approved (412 when stale).",
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Risk"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "The object changed since the given If-Match version.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "Not an accepted risk, or already approved.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "description": "For a risk whose strategy is accept: records the approver and the day. Needs approveRiskAcceptance (owner, manager). 409 when the strategy is not accept or the acceptance is already approved; changing the strategy, assessments or impacts later withdraws the approval."
              }
            },
            "/api/v1/projects/{projectID}/risk-scales": {
              "get": {
                "tags": [
                  "Risks"
                ],
                "summary": "The project's risk scales (the standard 5 × 5 until changed; version 0)",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The scales.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskScales"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such project or object.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "patch": {
                "tags": [
                  "Risks"
                ],
                "summary": "Change the risk scales, score method, bands and review cadence",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "The ETag of the version you are changing (428 without it)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskScales"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON or If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid input; `errors` lists every field with a code.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "Changed by someone else since you read it.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "Stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/RiskScalesInput"
                      }
                    }
                  }
                },
                "description": "Needs configureRisks (owner, manager). If-Match \"0\" while the project is on the standard scales. A scale cannot shrink below a level some assessment uses (422 too_few with the lowest allowed count). Every risk's score is recomputed."
              }
            },
            "/api/v1/projects/{projectID}/risk-categories": {
              "get": {
                "tags": [
                  "Risks"
                ],
                "summary": "The project's risk breakdown structure below the standard categories",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Categories.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskCategoryList"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              },
              "post": {
                "tags": [
                  "Risks"
                ],
                "summary": "Add a risk category (under a standard category or another of the project's)",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskCategory"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid input; `errors` lists every field with a code.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/RiskCategoryInput"
                          },
                          {
                            "required": [
                              "name"
                            ]
                          }
                        ]
                      }
                    }
                  }
                },
                "description": "Needs configureRisks. `name` unique among its siblings; `parent_id` or `root`."
              }
            },
            "/api/v1/projects/{projectID}/risk-categories/{categoryID}": {
              "patch": {
                "tags": [
                  "Risks"
                ],
                "summary": "Rename or move a category (with everything below it; a new root carries its risks along)",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "categoryID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "The ETag of the version you are changing (428 without it)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RiskCategory"
                        }
                      }
                    },
                    "headers": {
                      "ETag": {
                        "description": "Version of the resource, to send back in If-Match.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed JSON or If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid input; `errors` lists every field with a code.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "Changed by someone else since you read it.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "Stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "Body too large.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "description": "Not application/json.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/RiskCategoryInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Risks"
                ],
                "summary": "Delete a category: its categories and risks move up one level",
                "parameters": [
                  {
                    "name": "projectID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "categoryID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "If-Match",
                    "in": "header",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "The ETag of the version you are changing (428 without it)."
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "409": {
                    "description": "Changed by someone else since you read it.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match missing.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Not signed in / bad token.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "Your role does not allow this.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such object in this project.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "412": {
                    "description": "Stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "400": {
                    "description": "Malformed If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "RiskInput": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "^$|\\S"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "threat",
                      "opportunity"
                    ]
                  },
                  "category": {
                    "type": "string",
                    "enum": [
                      "technical",
                      "external",
                      "organisational",
                      "project_management",
                      "commercial"
                    ]
                  },
                  "owner": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "identified",
                      "assessed",
                      "responding",
                      "monitoring",
                      "occurred",
                      "closed"
                    ]
                  },
                  "cause": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "event": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "effect": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "trigger": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "proximity": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^$|^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "raised_on": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^$|^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "next_review": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Defaults on creation to today + the score band's review cadence (7, 14, 30 or 90 days).",
                    "pattern": "^$|^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "inherent_probability": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "residual_probability": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "maximum": 5,
                    "description": "null removes the residual assessment."
                  },
                  "strategy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "avoid",
                      "transfer",
                      "mitigate",
                      "accept",
                      "escalate",
                      "exploit",
                      "share",
                      "enhance",
                      null
                    ],
                    "description": "avoid/transfer/mitigate for threats, exploit/share/enhance for opportunities; accept and escalate for both."
                  },
                  "response": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "contingency_plan": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "fallback_plan": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "chance": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "description": "Chance of occurring in percent (0–100, two decimals), for the schedule risk analysis.",
                    "pattern": "^$|^(?:100(?:\\.00?)?|[0-9]{1,2}(?:\\.[0-9]{1,2})?)$",
                    "minimum": 0,
                    "maximum": 100,
                    "multipleOf": 0.01
                  },
                  "delay_optimistic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Duration such as 3d; the three delays come together.",
                    "pattern": "^$|^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "delay_most_likely": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^$|^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "delay_pessimistic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^$|^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "cost_low": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "description": "Decimal amount in the project currency; the three come together. Empty or null clears it.",
                    "pattern": "^$|^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "cost_mode": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "pattern": "^$|^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01,
                    "description": "Empty or null clears it."
                  },
                  "cost_high": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "pattern": "^$|^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01,
                    "description": "Empty or null clears it."
                  },
                  "task_ids": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "description": "Tasks of this project the delay falls on."
                  },
                  "inherent_schedule": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "residual_schedule": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "inherent_cost": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "residual_cost": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "inherent_quality": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "residual_quality": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "inherent_reputation": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "residual_reputation": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "inherent_safety": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "residual_safety": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "subcategory_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "A category of the project's breakdown structure; sets `category` to its root (422 mismatch when both disagree)."
                  }
                }
              },
              "RiskAssessment": {
                "type": "object",
                "properties": {
                  "probability": {
                    "type": "integer"
                  },
                  "impacts": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer"
                    }
                  },
                  "score": {
                    "type": "integer"
                  },
                  "band": {
                    "type": "string",
                    "enum": [
                      "low",
                      "medium",
                      "high",
                      "critical"
                    ]
                  }
                },
                "additionalProperties": false
              },
              "Risk": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "project_id": {
                    "type": "string"
                  },
                  "code": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "cause": {
                    "type": "string"
                  },
                  "event": {
                    "type": "string"
                  },
                  "effect": {
                    "type": "string"
                  },
                  "category": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string"
                  },
                  "trigger": {
                    "type": "string"
                  },
                  "raised_on": {
                    "type": "string"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "number": {
                    "type": "integer"
                  },
                  "proximity": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "closed_on": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "next_review": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "review_overdue": {
                    "type": "boolean"
                  },
                  "inherent": {
                    "$ref": "#/components/schemas/RiskAssessment"
                  },
                  "residual": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/RiskAssessment"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "current_score": {
                    "type": "integer"
                  },
                  "strategy": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "response": {
                    "type": "string"
                  },
                  "contingency_plan": {
                    "type": "string"
                  },
                  "fallback_plan": {
                    "type": "string"
                  },
                  "chance": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "delay_optimistic": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "delay_most_likely": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "delay_pessimistic": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "delay_minutes": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer"
                    }
                  },
                  "cost_low": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cost_mode": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cost_high": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "expected_monetary_value": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "chance × most likely cost; negative for an opportunity."
                  },
                  "task_ids": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "version": {
                    "type": "integer"
                  },
                  "awaits_acceptance_approval": {
                    "type": "boolean"
                  },
                  "acceptance_approved_by": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Audit actor name of the approver (user:<id>)."
                  },
                  "acceptance_approved_on": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "subcategory_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "Its place in the project's breakdown structure below `category`."
                  },
                  "category_path": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Names from below the top-level category down to its place."
                  }
                },
                "additionalProperties": false
              },
              "RiskActionInput": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "owner": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "due": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "cost": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "description": "Decimal amount in the project currency, not negative.",
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "open",
                      "in_progress",
                      "done",
                      "cancelled"
                    ]
                  }
                }
              },
              "RiskAction": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "risk_id": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "due": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cost": {
                    "type": "string"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string"
                  },
                  "overdue": {
                    "type": "boolean"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "RiskScales": {
                "type": "object",
                "required": [
                  "probability_levels",
                  "impact_levels",
                  "score_method",
                  "max_score",
                  "medium_from",
                  "high_from",
                  "critical_from",
                  "review_low",
                  "review_medium",
                  "review_high",
                  "review_critical",
                  "currency",
                  "version"
                ],
                "properties": {
                  "probability_levels": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "level",
                        "label",
                        "up_to"
                      ],
                      "properties": {
                        "level": {
                          "type": "integer"
                        },
                        "label": {
                          "type": "string",
                          "description": "Empty: the built-in descriptor of a five-level scale."
                        },
                        "up_to": {
                          "type": "string",
                          "description": "Percent, two decimals; the level covers chances above the previous level's bound up to this."
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "impact_levels": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "level",
                        "label"
                      ],
                      "properties": {
                        "level": {
                          "type": "integer"
                        },
                        "label": {
                          "type": "string"
                        },
                        "schedule_days": {
                          "type": [
                            "integer",
                            "null"
                          ],
                          "description": "Working days of delay up to which this level applies."
                        },
                        "cost": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "description": "Cost (project currency) up to which this level applies."
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "score_method": {
                    "type": "string",
                    "enum": [
                      "probability_times_worst_impact",
                      "probability_times_average_impact",
                      "probability_plus_worst_impact"
                    ]
                  },
                  "max_score": {
                    "type": "integer"
                  },
                  "medium_from": {
                    "type": "integer"
                  },
                  "high_from": {
                    "type": "integer"
                  },
                  "critical_from": {
                    "type": "integer"
                  },
                  "review_low": {
                    "type": "integer",
                    "description": "Days between reviews of a low risk."
                  },
                  "review_medium": {
                    "type": "integer"
                  },
                  "review_high": {
                    "type": "integer"
                  },
                  "review_critical": {
                    "type": "integer"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "RiskScalesInput": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "probability_levels": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 10,
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": [
                        "up_to"
                      ],
                      "properties": {
                        "label": {
                          "type": "string",
                          "maxLength": 60
                        },
                        "up_to": {
                          "type": [
                            "string",
                            "number"
                          ],
                          "description": "Percent, up to two decimals, rising; the last 100.",
                          "pattern": "^(?:100(?:\\.00?)?|[1-9][0-9]?(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                          "minimum": 0.01,
                          "maximum": 100,
                          "multipleOf": 0.01
                        }
                      }
                    }
                  },
                  "impact_levels": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 10,
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "label": {
                          "type": "string",
                          "maxLength": 60
                        },
                        "schedule_days": {
                          "type": [
                            "integer",
                            "null"
                          ],
                          "minimum": 1,
                          "maximum": 100000
                        },
                        "cost": {
                          "type": [
                            "string",
                            "number",
                            "null"
                          ],
                          "pattern": "^(?:[1-9][0-9]{0,10}(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                          "minimum": 0.01,
                          "maximum": 100000000000,
                          "multipleOf": 0.01
                        }
                      }
                    }
                  },
                  "score_method": {
                    "type": "string",
                    "enum": [
                      "probability_times_worst_impact",
                      "probability_times_average_impact",
                      "probability_plus_worst_impact"
                    ]
                  },
                  "medium_from": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "high_from": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "critical_from": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "review_low": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 365
                  },
                  "review_medium": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 365
                  },
                  "review_high": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 365
                  },
                  "review_critical": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 365
                  }
                }
              },
              "RiskCategory": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "root",
                  "path",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string"
                  },
                  "root": {
                    "type": "string",
                    "enum": [
                      "technical",
                      "external",
                      "organisational",
                      "project_management",
                      "commercial"
                    ]
                  },
                  "parent_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "path": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "RiskCategoryList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/RiskCategory"
                    }
                  }
                },
                "additionalProperties": false
              },
              "RiskCategoryInput": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 100,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "root": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "technical",
                      "external",
                      "organisational",
                      "project_management",
                      "commercial",
                      null
                    ],
                    "description": "Null (or left out) when `parent_id` names the category it goes under."
                  },
                  "parent_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  }
                }
              }
            }
          }
        }
        """#
    }
}
