extension FinanceModule {
    /// This module's part of the OpenAPI document: its paths, the schemas only it uses and its tags.
    /// `OpenAPIDocument` joins it with the platform's base (`Assets/openapi.json`) and the other parts.
    var openAPI: String {
        #"""
        {
          "tags": [
            {
              "name": "Finance",
              "description": "Cost structure, the append-only double-entry ledger, closed periods."
            },
            {
              "name": "Budgets",
              "description": "Budget versions, time-phased lines and their approval by levels."
            },
            {
              "name": "Earned value",
              "description": "Earned value and earned schedule against the approved budget."
            },
            {
              "name": "Cash flow",
              "description": "The cash-flow forecast by week and month with its low-balance warning; planned customer payments by milestone or date; the cash assumptions."
            }
          ],
          "paths": {
            "/api/v1/projects/{projectID}/cost-categories": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "Cost categories (the six standard ones and the project's own)",
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
                                "$ref": "#/components/schemas/CostCategory"
                              }
                            }
                          },
                          "additionalProperties": false
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
                  "Finance"
                ],
                "summary": "Add a project cost category",
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
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostCategory"
                        }
                      }
                    },
                    "headers": {
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
                        "$ref": "#/components/schemas/CostCategoryInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cost-categories/{code}": {
              "delete": {
                "tags": [
                  "Finance"
                ],
                "summary": "Remove a project cost category no account uses",
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
                    "name": "code",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "409": {
                    "description": "A standard category, or accounts still use it.",
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
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cost-accounts": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "Cost accounts (WBS element × category)",
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
                                "$ref": "#/components/schemas/CostAccount"
                              }
                            }
                          },
                          "additionalProperties": false
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
                  "Finance"
                ],
                "summary": "Add a cost account",
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
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostAccount"
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
                            "$ref": "#/components/schemas/CostAccountInput"
                          },
                          {
                            "required": [
                              "category",
                              "code"
                            ]
                          }
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cost-accounts/{accountID}": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "One cost account",
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
                    "name": "accountID",
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
                    "description": "The account.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostAccount"
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
              "patch": {
                "tags": [
                  "Finance"
                ],
                "summary": "Change a cost account (its category only while nothing is posted to it)",
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
                    "name": "accountID",
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
                    "description": "The ETag (version) you last read."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostAccount"
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
                    "description": "Stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match is required.",
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
                        "$ref": "#/components/schemas/CostAccountInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Finance"
                ],
                "summary": "Remove a cost account nothing is posted to",
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
                    "name": "accountID",
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
                    "description": "The ETag (version) you last read."
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "409": {
                    "description": "Entries are posted to it, or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match is required.",
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
            },
            "/api/v1/projects/{projectID}/ledger": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "Ledger entries, newest first",
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
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "First day (YYYY-MM-DD)."
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Last day (YYYY-MM-DD)."
                  },
                  {
                    "name": "kind",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "actual_cost",
                        "commitment",
                        "commitment_release",
                        "accrual",
                        "labour",
                        "revenue",
                        "payment_received"
                      ]
                    },
                    "description": "Entry kind."
                  },
                  {
                    "name": "cost_account_id",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "uuid"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Only this cost account."
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000,
                      "default": 100
                    }
                  },
                  {
                    "name": "offset",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "default": 0,
                      "maximum": 1000000000
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of entries.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "items",
                            "total",
                            "limit",
                            "offset"
                          ],
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/LedgerEntry"
                              }
                            },
                            "total": {
                              "type": "integer"
                            },
                            "limit": {
                              "type": "integer"
                            },
                            "offset": {
                              "type": "integer"
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Bad filter.",
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
                  }
                }
              },
              "post": {
                "tags": [
                  "Finance"
                ],
                "summary": "Post an entry",
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
                "responses": {
                  "201": {
                    "description": "Posted.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LedgerEntry"
                        }
                      }
                    },
                    "headers": {
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
                "description": "Posted entries are append-only: never updated, never deleted (the database refuses it too). Refused with 422: unknown currency or another than the project's, an amount ≤ 0 or above 100,000,000,000.00, a date in a closed period, a missing cost account for a cost kind, another project's account, a release above the open commitment. With cost control set to stop, a commitment beyond the account's approved budget (plus tolerance) is refused (`amount` `exceeds_budget`); set to warn, it is posted with `over_budget`.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/LedgerEntryInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/ledger/{entryID}": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "One entry with its double-entry lines",
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
                    "name": "entryID",
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
                    "description": "The entry.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LedgerEntry"
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
              }
            },
            "/api/v1/projects/{projectID}/ledger/{entryID}/reverse": {
              "post": {
                "tags": [
                  "Finance"
                ],
                "summary": "Post the reversal of an entry",
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
                    "name": "entryID",
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
                "responses": {
                  "201": {
                    "description": "The reversal.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/LedgerEntry"
                        }
                      }
                    },
                    "headers": {
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
                "description": "The reversal posts the same lines with opposite signs. Refused with 422: an entry of another project (`reverses`: unknown_reference), a reversal (reversal_of_reversal), an entry already reversed (already_reversed), a date before the original's or in a closed period.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ReversalInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/trial-balance": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "Balances per ledger account; always balanced",
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
                    "description": "The trial balance.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TrialBalance"
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
              }
            },
            "/api/v1/projects/{projectID}/closed-periods": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "Closed accounting periods",
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
                                "$ref": "#/components/schemas/ClosedPeriod"
                              }
                            }
                          },
                          "additionalProperties": false
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
                  "Finance"
                ],
                "summary": "Close an accounting period for posting (final)",
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
                "responses": {
                  "201": {
                    "description": "Closed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ClosedPeriod"
                        }
                      }
                    },
                    "headers": {
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
                    "description": "Already closed.",
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
                        "$ref": "#/components/schemas/ClosePeriodInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/budgets": {
              "get": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Budget versions, newest first",
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
                                "$ref": "#/components/schemas/BudgetVersion"
                              }
                            }
                          },
                          "additionalProperties": false
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
                  "Budgets"
                ],
                "summary": "Start a draft version (a copy of the approved one unless copy_from says otherwise)",
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
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                            "$ref": "#/components/schemas/BudgetVersionInput"
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
                }
              }
            },
            "/api/v1/projects/{projectID}/budgets/{budgetID}": {
              "get": {
                "tags": [
                  "Budgets"
                ],
                "summary": "One version with its lines, the changes against the approved version and the decisions",
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
                    "name": "budgetID",
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
                    "description": "The version.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
              "patch": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Change the name or reserves of a draft or rejected version",
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
                    "name": "budgetID",
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
                    "description": "The ETag (version) you last read."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                    "description": "Not editable in its state (submitted, approved, superseded), or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match is required.",
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
                        "$ref": "#/components/schemas/BudgetVersionInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Remove a version that was never approved",
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
                    "name": "budgetID",
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
                    "description": "The ETag (version) you last read."
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "409": {
                    "description": "Not editable in its state (submitted, approved, superseded), or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match is required.",
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
            },
            "/api/v1/projects/{projectID}/budgets/{budgetID}/lines": {
              "post": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Add a line (one per cost account)",
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
                    "name": "budgetID",
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
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "When sent, the version must still be the one you read (else 409)."
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
                "responses": {
                  "201": {
                    "description": "The version with the line.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                    "description": "Malformed JSON, If-Match or Idempotency-Key.",
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
                    "description": "Not editable in its state (submitted, approved, superseded), or stale If-Match.",
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
                "description": "Spread methods phase `amount` over the account's task's scheduled working days when the line is saved (the project's span for a project-level account); `manual` takes `months`.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/BudgetLineInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/budgets/{budgetID}/lines/{lineID}": {
              "patch": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Change a line (re-phased from the current schedule)",
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
                    "name": "budgetID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "lineID",
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
                    "description": "The ETag (version) you last read."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The version.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                    "description": "Not editable in its state (submitted, approved, superseded), or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match is required.",
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
                        "$ref": "#/components/schemas/BudgetLineInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Remove a line",
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
                    "name": "budgetID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "lineID",
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
                    "description": "The ETag (version) you last read."
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
                  },
                  "409": {
                    "description": "Not editable in its state (submitted, approved, superseded), or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "428": {
                    "description": "If-Match is required.",
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
            },
            "/api/v1/projects/{projectID}/budgets/{budgetID}/submit": {
              "post": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Submit a draft or rejected version for approval (a new round)",
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
                    "name": "budgetID",
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
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "When sent, the version must still be the one you read (else 409)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Submitted.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                  "422": {
                    "description": "No lines.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "Not editable in its state (submitted, approved, superseded), or stale If-Match.",
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
            },
            "/api/v1/projects/{projectID}/budgets/{budgetID}/approve": {
              "post": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Approve the level awaiting a decision",
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
                    "name": "budgetID",
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
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "When sent, the version must still be the one you read (else 409)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Decided; approved when it was the last level needed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                    "description": "Not submitted (draft, rejected, approved), not the level awaiting a decision (skipped or already decided), or stale If-Match.",
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
                "description": "Levels go in order, each by a different person, never the submitter. The last level approves the version and supersedes the version approved before.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/DecisionInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/budgets/{budgetID}/reject": {
              "post": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Reject with a reason (the level awaiting a decision)",
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
                    "name": "budgetID",
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
                    "schema": {
                      "type": "string",
                      "pattern": "^(?:\\*|(?:W/)?\"[0-9]{1,18}\"|[0-9]{1,18})$"
                    },
                    "description": "When sent, the version must still be the one you read (else 409)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Rejected; it can be changed and submitted again.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/BudgetVersion"
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
                    "description": "Not submitted, not the level awaiting a decision, or stale If-Match.",
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
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/DecisionInput"
                          },
                          {
                            "required": [
                              "reason"
                            ],
                            "properties": {
                              "reason": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "\\S"
                              }
                            }
                          }
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/approval-levels": {
              "get": {
                "tags": [
                  "Budgets"
                ],
                "summary": "The approval levels (standard: up to 100,000 the manager, up to 1,000,000 the owner, above that finance)",
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
                    "description": "The levels.",
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
                                "$ref": "#/components/schemas/ApprovalLevel"
                              }
                            }
                          },
                          "additionalProperties": false
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
              "put": {
                "tags": [
                  "Budgets"
                ],
                "summary": "Replace the approval levels",
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
                    "description": "The new levels.",
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
                                "$ref": "#/components/schemas/ApprovalLevel"
                              }
                            }
                          },
                          "additionalProperties": false
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
                        "$ref": "#/components/schemas/ApprovalLevelsInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/earned-value": {
              "get": {
                "tags": [
                  "Earned value"
                ],
                "summary": "Earned value of the project and its WBS at a status date",
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
                    "name": "status_date",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Figures at the end of this day's working time. Default: the day of the plan's status date, else today."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EarnedValueReport"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Bad status date.",
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
                  }
                },
                "description": "PV and BAC from the approved budget version's time-phased lines, EV from progress as reported (kept over time) with each task's method, AC from the ledger's actual costs and accruals up to the date. Project-level accounts are level of effort."
              }
            },
            "/api/v1/projects/{projectID}/earned-value/series": {
              "get": {
                "tags": [
                  "Earned value"
                ],
                "summary": "The project's PV, EV, AC and EAC every step days",
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
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Default: the plan's first day."
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Default: the later of the plan's last day and the status date."
                  },
                  {
                    "name": "step",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 366
                    },
                    "description": "Days between points, 1–366 (default 7)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The points.",
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
                                "type": "object",
                                "properties": {
                                  "day": {
                                    "type": "string",
                                    "format": "date"
                                  },
                                  "pv": {
                                    "type": "string",
                                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                                  },
                                  "ev": {
                                    "type": "string",
                                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                                  },
                                  "ac": {
                                    "type": "string",
                                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                                  },
                                  "eac": {
                                    "type": [
                                      "string",
                                      "null"
                                    ]
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
                  "422": {
                    "description": "Bad dates or step.",
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
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/tasks/{taskID}/earned-value-method": {
              "put": {
                "tags": [
                  "Earned value"
                ],
                "summary": "Set how a task's progress is earned",
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
                    "name": "taskID",
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
                    "description": "The method.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "task_id": {
                              "type": "string"
                            },
                            "method": {
                              "type": "string"
                            },
                            "milestones": {
                              "type": "array",
                              "items": {
                                "type": "object"
                              }
                            }
                          },
                          "additionalProperties": false
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
                    "description": "Unknown method; milestones that do not sum to 100, or given for another method.",
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
                        "$ref": "#/components/schemas/EarnedValueMethodInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cost-control": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "Budget, committed, actual, forecast and variance by account, category and WBS",
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
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostControl"
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
              }
            },
            "/api/v1/projects/{projectID}/cost-control/settings": {
              "put": {
                "tags": [
                  "Finance"
                ],
                "summary": "Set how new commitments beyond budget are handled",
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
                    "description": "The settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostControlSettings"
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
                    "description": "Unknown control, tolerance outside 0–100.",
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
                "description": "Once a budget is approved, a new commitment that would take its account's actual + committed beyond the budget plus the tolerance is posted with `over_budget` (warn) or refused with `amount: exceeds_budget` (stop).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "control": {
                            "type": "string",
                            "enum": [
                              "off",
                              "warn",
                              "stop"
                            ]
                          },
                          "tolerance_percent": {
                            "type": [
                              "string",
                              "number",
                              "null"
                            ],
                            "pattern": "^$|^(?:100(?:\\.00?)?|[0-9]{1,2}(?:\\.[0-9]{1,2})?)$",
                            "minimum": 0,
                            "maximum": 100,
                            "multipleOf": 0.01
                          }
                        },
                        "additionalProperties": false
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cash-flow": {
              "get": {
                "tags": [
                  "Cash flow"
                ],
                "summary": "The cash-flow forecast",
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
                    "name": "as_of",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "Today when absent."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Balance now, weekly and monthly periods, every movement, the warning.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CashFlow"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "`as_of` is not a date.",
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
                  }
                },
                "description": "Received and paid from the ledger; expected from planned customer payments (settled by receipts in date order), invoices and accruals (due date or supplier terms), labour (when worked), open purchase orders (due date) and the approved budget not yet spent or committed (its time-phasing, after the terms)."
              }
            },
            "/api/v1/projects/{projectID}/cash-flow/settings": {
              "put": {
                "tags": [
                  "Cash flow"
                ],
                "summary": "Set the cash assumptions",
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
                    "description": "The settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CashSettings"
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
                        "$ref": "#/components/schemas/CashSettingsInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cash-inflows": {
              "get": {
                "tags": [
                  "Cash flow"
                ],
                "summary": "Planned customer payments",
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
                    "description": "The planned payments.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CashInflowList"
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
                  "Cash flow"
                ],
                "summary": "Plan a customer payment",
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
                          "$ref": "#/components/schemas/CashInflow"
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
                    "description": "Invalid input (both or neither of task_id and invoice_date, amount out of range, …).",
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
                            "$ref": "#/components/schemas/CashInflowInput"
                          },
                          {
                            "required": [
                              "name",
                              "amount"
                            ]
                          }
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cash-inflows/{inflowID}": {
              "patch": {
                "tags": [
                  "Cash flow"
                ],
                "summary": "Change a planned payment",
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
                    "name": "inflowID",
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
                          "$ref": "#/components/schemas/CashInflow"
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
                  "422": {
                    "description": "Invalid input.",
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
                        "$ref": "#/components/schemas/CashInflowInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Cash flow"
                ],
                "summary": "Remove a planned payment",
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
                    "name": "inflowID",
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
            },
            "/api/v1/projects/{projectID}/exchange-rates": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "The project's dated exchange rates",
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
                    "description": "Rates by currency and day.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ExchangeRateList"
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
                  "Finance"
                ],
                "summary": "Set a rate from a day (replaces one from the same day)",
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
                    "description": "The rate.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ExchangeRate"
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
                        "$ref": "#/components/schemas/ExchangeRateInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/exchange-rates/{currency}/{day}": {
              "delete": {
                "tags": [
                  "Finance"
                ],
                "summary": "Remove a rate (posted entries keep theirs)",
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
                    "name": "currency",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "day",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Removed."
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
              }
            },
            "/api/v1/projects/{projectID}/currency-totals": {
              "get": {
                "tags": [
                  "Finance"
                ],
                "summary": "What was posted in each other currency, by kind, and what it came to",
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
                    "description": "Totals (reversals negative).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CurrencyTotalList"
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
              }
            }
          },
          "components": {
            "schemas": {
              "CostCategory": {
                "type": "object",
                "required": [
                  "code",
                  "name",
                  "standard"
                ],
                "properties": {
                  "code": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string",
                    "description": "Empty for a standard category (named by the UI's language)."
                  },
                  "standard": {
                    "type": "boolean"
                  }
                },
                "additionalProperties": false
              },
              "CostCategoryInput": {
                "type": "object",
                "required": [
                  "code",
                  "name"
                ],
                "properties": {
                  "code": {
                    "type": "string",
                    "pattern": "^[a-z][a-z0-9_-]{0,31}$"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 100,
                    "minLength": 1,
                    "pattern": "\\S"
                  }
                },
                "additionalProperties": false
              },
              "CostAccount": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "category",
                  "code",
                  "name",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "project_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "task_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "The WBS element; null at project level."
                  },
                  "category": {
                    "type": "string"
                  },
                  "code": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  },
                  "estimate_low": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Three-point cost at completion for the cost risk analysis; absent without one."
                  },
                  "estimate_most_likely": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Three-point cost at completion for the cost risk analysis; absent without one."
                  },
                  "estimate_high": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Three-point cost at completion for the cost risk analysis; absent without one."
                  }
                },
                "additionalProperties": false
              },
              "CostAccountInput": {
                "type": "object",
                "properties": {
                  "category": {
                    "type": "string",
                    "maxLength": 32,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "task_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "code": {
                    "type": "string",
                    "maxLength": 40,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "estimate_low": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "All three (0 ≤ low ≤ most likely ≤ high) or all null to remove the estimate.",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "estimate_most_likely": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "All three (0 ≤ low ≤ most likely ≤ high) or all null to remove the estimate.",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "estimate_high": {
                    "type": [
                      "string",
                      "number",
                      "null"
                    ],
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "All three (0 ≤ low ≤ most likely ≤ high) or all null to remove the estimate.",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  }
                },
                "description": "category and code are required when creating; one account per WBS element and category.",
                "additionalProperties": false
              },
              "LedgerEntry": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "number",
                  "kind",
                  "date",
                  "amount",
                  "currency",
                  "counterparty",
                  "reference",
                  "memo",
                  "posted_at",
                  "posted_by",
                  "lines"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "project_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "number": {
                    "type": "integer",
                    "description": "1, 2, 3 … per project in posting order."
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "actual_cost",
                      "commitment",
                      "commitment_release",
                      "accrual",
                      "labour",
                      "revenue",
                      "payment_received"
                    ]
                  },
                  "date": {
                    "type": "string",
                    "format": "date"
                  },
                  "cost_account_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "amount": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Always positive; a reversal has `reverses` set."
                  },
                  "currency": {
                    "type": "string"
                  },
                  "counterparty": {
                    "type": "string"
                  },
                  "reference": {
                    "type": "string"
                  },
                  "memo": {
                    "type": "string"
                  },
                  "reverses": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "reversed_by": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "posted_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "posted_by": {
                    "type": "string"
                  },
                  "lines": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "account",
                        "amount"
                      ],
                      "properties": {
                        "account": {
                          "type": "string",
                          "enum": [
                            "project_cost",
                            "payables",
                            "accrued_liabilities",
                            "payroll_liabilities",
                            "commitments",
                            "commitments_offset",
                            "receivables",
                            "revenue",
                            "cash"
                          ]
                        },
                        "cost_account_id": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "format": "uuid"
                        },
                        "amount": {
                          "type": "string",
                          "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                          "description": "Debit positive, credit negative."
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "over_budget": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "When cost control warns: by how much this commitment took its account beyond its approved budget (plus tolerance)."
                  },
                  "due_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "When the invoice, accrual or purchase order is expected to be paid (cash flow)."
                  },
                  "original_amount": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Entries in another currency: the amount as posted (`amount` is its conversion into the project's currency)."
                  },
                  "original_currency": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "exchange_rate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Project-currency units per unit of original_currency, six decimals, in force on the entry's date."
                  }
                },
                "additionalProperties": false
              },
              "LedgerEntryInput": {
                "type": "object",
                "required": [
                  "kind",
                  "amount"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "actual_cost",
                      "commitment",
                      "commitment_release",
                      "accrual",
                      "labour",
                      "revenue",
                      "payment_received"
                    ]
                  },
                  "date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Today when absent.",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "cost_account_id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "Required for actual_cost, commitment, commitment_release, accrual and labour."
                  },
                  "amount": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^(?:[1-9][0-9]{0,10}(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,3}(?:\\.[0-9]{1,2})?)$",
                    "description": "Positive, at most the currency's minor digits; thousands may be grouped with commas (1,234,567.89).",
                    "minimum": 0.01,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "currency": {
                    "$ref": "#/components/schemas/CurrencyCode",
                    "description": "Optional: the project's currency, or another one for which the project has an exchange rate on `date` (the amount is converted at it; 422 `no_exchange_rate` otherwise)."
                  },
                  "counterparty": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "reference": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100
                  },
                  "memo": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 1000
                  },
                  "due_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "actual_cost, accrual and commitment only: when it is expected to be paid; not before `date`. Without it, cash flow assumes the project's supplier terms.",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  }
                },
                "additionalProperties": false,
                "if": {
                  "properties": {
                    "kind": {
                      "enum": [
                        "actual_cost",
                        "commitment",
                        "commitment_release",
                        "accrual",
                        "labour"
                      ]
                    }
                  },
                  "required": [
                    "kind"
                  ]
                },
                "then": {
                  "required": [
                    "cost_account_id"
                  ]
                }
              },
              "ReversalInput": {
                "type": "object",
                "required": [
                  "memo"
                ],
                "properties": {
                  "memo": {
                    "type": "string",
                    "maxLength": 1000,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Today when absent.",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  }
                },
                "additionalProperties": false
              },
              "TrialBalance": {
                "type": "object",
                "required": [
                  "currency",
                  "balances",
                  "total",
                  "balanced"
                ],
                "properties": {
                  "currency": {
                    "type": "string"
                  },
                  "balances": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string",
                      "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                      "description": "Exact decimal in the project's currency."
                    },
                    "description": "Per ledger account; debit positive."
                  },
                  "total": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Exact decimal in the project's currency."
                  },
                  "balanced": {
                    "type": "boolean"
                  }
                },
                "additionalProperties": false
              },
              "ClosedPeriod": {
                "type": "object",
                "required": [
                  "period",
                  "closed_at",
                  "closed_by"
                ],
                "properties": {
                  "period": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}$"
                  },
                  "closed_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "closed_by": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
              "ClosePeriodInput": {
                "type": "object",
                "required": [
                  "period"
                ],
                "properties": {
                  "period": {
                    "type": "string",
                    "pattern": "^(?:19|20|21)[0-9]{2}-(?:0[1-9]|1[0-2])$"
                  }
                },
                "additionalProperties": false
              },
              "ApprovalLevel": {
                "type": "object",
                "required": [
                  "level",
                  "role"
                ],
                "properties": {
                  "level": {
                    "type": "integer"
                  },
                  "max_amount": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Ceiling (inclusive); null on the last level."
                  },
                  "role": {
                    "type": "string",
                    "enum": [
                      "owner",
                      "manager",
                      "finance"
                    ]
                  }
                },
                "additionalProperties": false
              },
              "ApprovalLevelsInput": {
                "type": "object",
                "required": [
                  "levels"
                ],
                "properties": {
                  "levels": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "role"
                      ],
                      "properties": {
                        "max_amount": {
                          "type": [
                            "string",
                            "number",
                            "null"
                          ],
                          "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                          "minimum": 0,
                          "maximum": 100000000000,
                          "multipleOf": 0.01
                        },
                        "role": {
                          "type": "string",
                          "enum": [
                            "owner",
                            "manager",
                            "finance"
                          ]
                        }
                      },
                      "additionalProperties": false
                    }
                  }
                },
                "additionalProperties": false
              },
              "BudgetVersionInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "contingency_reserve": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "Exact decimal in the project's currency.",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "management_reserve": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "Exact decimal in the project's currency.",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "copy_from": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "Create only: the version whose lines to copy; absent = the approved one; null = none."
                  }
                },
                "description": "name is required when creating.",
                "additionalProperties": false
              },
              "BudgetLineInput": {
                "type": "object",
                "properties": {
                  "cost_account_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "method": {
                    "type": "string",
                    "enum": [
                      "even",
                      "front_loaded",
                      "back_loaded",
                      "manual"
                    ],
                    "default": "even"
                  },
                  "amount": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^(?:[1-9][0-9]{0,10}(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                    "description": "Spread methods only.",
                    "minimum": 0.01,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "period": {
                    "type": "string",
                    "enum": [
                      "month",
                      "week",
                      "day"
                    ],
                    "default": "month",
                    "description": "The periods the line is phased into and a manual line is typed in."
                  },
                  "periods": {
                    "description": "Manual only: amounts per period, as rows or text such as `2027-03 50000; 2027-04 30000` (month), `2027-W09 5000` (ISO week) or `2027-03-04 1000` (day).",
                    "oneOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "required": [
                            "period",
                            "amount"
                          ],
                          "properties": {
                            "period": {
                              "type": "string",
                              "pattern": "^(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])|W(?:0[1-9]|[1-4][0-9]|5[0-3])|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))$"
                            },
                            "amount": {
                              "type": "string",
                              "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                              "description": "Exact decimal in the project's currency."
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    ]
                  },
                  "months": {
                    "description": "Manual lines phased by month only: `periods` by its older name.",
                    "oneOf": [
                      {
                        "type": "string"
                      },
                      {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "required": [
                            "period",
                            "amount"
                          ],
                          "properties": {
                            "period": {
                              "type": "string",
                              "pattern": "^(?:19|20|21)[0-9]{2}-(?:0[1-9]|1[0-2])$"
                            },
                            "amount": {
                              "type": "string",
                              "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                              "description": "Exact decimal in the project's currency."
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    ]
                  }
                },
                "additionalProperties": false
              },
              "DecisionInput": {
                "type": "object",
                "properties": {
                  "level": {
                    "type": "integer",
                    "description": "Optional: the level you decide; any other than the one awaiting a decision is refused.",
                    "minimum": 1,
                    "maximum": 20
                  },
                  "reason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "description": "Required to reject."
                  }
                },
                "additionalProperties": false
              },
              "BudgetVersion": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "number",
                  "name",
                  "status",
                  "currency",
                  "pmb",
                  "contingency_reserve",
                  "management_reserve",
                  "total",
                  "round",
                  "awaits_you",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "project_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "number": {
                    "type": "integer"
                  },
                  "name": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "submitted",
                      "rejected",
                      "approved",
                      "superseded"
                    ]
                  },
                  "currency": {
                    "type": "string"
                  },
                  "pmb": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Performance measurement baseline: the sum of the lines (BAC)."
                  },
                  "contingency_reserve": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Exact decimal in the project's currency."
                  },
                  "management_reserve": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Exact decimal in the project's currency."
                  },
                  "total": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "PMB plus both reserves: what approval is asked for."
                  },
                  "round": {
                    "type": "integer"
                  },
                  "submitted_by": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "submitted_at": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "next_level": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/ApprovalLevel"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "awaits_you": {
                    "type": "boolean"
                  },
                  "version": {
                    "type": "integer"
                  },
                  "lines": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "id",
                        "cost_account_id",
                        "method",
                        "period",
                        "amount",
                        "segments"
                      ],
                      "properties": {
                        "id": {
                          "type": "string",
                          "format": "uuid"
                        },
                        "cost_account_id": {
                          "type": "string",
                          "format": "uuid"
                        },
                        "method": {
                          "type": "string"
                        },
                        "period": {
                          "type": "string",
                          "enum": [
                            "month",
                            "week",
                            "day"
                          ]
                        },
                        "amount": {
                          "type": "string",
                          "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                          "description": "Exact decimal in the project's currency."
                        },
                        "segments": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": [
                              "from",
                              "through",
                              "amount"
                            ],
                            "properties": {
                              "from": {
                                "type": "string",
                                "format": "date"
                              },
                              "through": {
                                "type": "string",
                                "format": "date"
                              },
                              "amount": {
                                "type": "string",
                                "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                                "description": "Exact decimal in the project's currency."
                              }
                            },
                            "additionalProperties": false
                          },
                          "description": "One per period: from its first to its last working day, with the amount planned for it; planned value accrues over the working time in between."
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "changes": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "cost_account_id": {
                          "type": "string",
                          "format": "uuid"
                        },
                        "approved": {
                          "type": "string",
                          "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                          "description": "Exact decimal in the project's currency."
                        },
                        "proposed": {
                          "type": "string",
                          "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                          "description": "Exact decimal in the project's currency."
                        },
                        "change": {
                          "type": "string",
                          "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                          "description": "Exact decimal in the project's currency."
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "decisions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "round": {
                          "type": "integer"
                        },
                        "level": {
                          "type": "integer"
                        },
                        "decision": {
                          "type": "string",
                          "enum": [
                            "approve",
                            "reject"
                          ]
                        },
                        "decided_by": {
                          "type": "string"
                        },
                        "decided_at": {
                          "type": "string"
                        },
                        "reason": {
                          "type": "string"
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "required_levels": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ApprovalLevel"
                    }
                  }
                },
                "additionalProperties": false
              },
              "EarnedValueMetrics": {
                "type": "object",
                "required": [
                  "bac",
                  "pv",
                  "ev",
                  "ac",
                  "sv",
                  "cv",
                  "eac_at_budget_rate"
                ],
                "properties": {
                  "bac": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "pv": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "ev": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "ac": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "sv": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "cv": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "spi": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "cpi": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "eac": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "BAC / CPI."
                  },
                  "eac_at_budget_rate": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "AC + (BAC − EV)."
                  },
                  "eac_cost_and_schedule": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "AC + (BAC − EV) / (CPI × SPI)."
                  },
                  "etc": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "vac": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "tcpi_to_bac": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "tcpi_to_eac": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "percent_complete": {
                    "type": [
                      "number",
                      "null"
                    ]
                  }
                },
                "additionalProperties": false
              },
              "EarnedValueReport": {
                "type": "object",
                "required": [
                  "status_date",
                  "currency",
                  "project",
                  "rows"
                ],
                "properties": {
                  "status_date": {
                    "type": "string",
                    "format": "date"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "baseline_version": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The approved budget version; null before any (all figures zero)."
                  },
                  "planned_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "planned_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "project": {
                    "$ref": "#/components/schemas/EarnedValueMetrics"
                  },
                  "earned_schedule": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "earned_schedule_days": {
                        "type": "number"
                      },
                      "actual_time_days": {
                        "type": "number"
                      },
                      "planned_duration_days": {
                        "type": "number"
                      },
                      "schedule_variance_days": {
                        "type": "number"
                      },
                      "spi_t": {
                        "type": [
                          "number",
                          "null"
                        ]
                      },
                      "forecast_duration_days": {
                        "type": [
                          "number",
                          "null"
                        ]
                      }
                    },
                    "additionalProperties": false,
                    "description": "Earned schedule in working days of the project calendar (a day is the plan's minutes_per_day of working time): ES, AT (from the plan's first day through the end of the status date), PD, SV(t) = ES − AT, SPI(t) = ES / AT, IEAC(t) = PD / SPI(t)."
                  },
                  "rows": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "task_id",
                        "name",
                        "wbs",
                        "depth",
                        "method",
                        "metrics"
                      ],
                      "properties": {
                        "task_id": {
                          "type": "string",
                          "format": "uuid"
                        },
                        "name": {
                          "type": "string"
                        },
                        "wbs": {
                          "type": "string"
                        },
                        "depth": {
                          "type": "integer"
                        },
                        "method": {
                          "type": "string",
                          "enum": [
                            "percent_complete",
                            "zero_hundred",
                            "fifty_fifty",
                            "weighted_milestones",
                            "level_of_effort"
                          ]
                        },
                        "metrics": {
                          "$ref": "#/components/schemas/EarnedValueMetrics"
                        }
                      },
                      "additionalProperties": false
                    }
                  }
                },
                "additionalProperties": false
              },
              "EarnedValueMethodInput": {
                "type": "object",
                "required": [
                  "method"
                ],
                "properties": {
                  "method": {
                    "type": "string",
                    "enum": [
                      "percent_complete",
                      "zero_hundred",
                      "fifty_fifty",
                      "weighted_milestones",
                      "level_of_effort"
                    ]
                  },
                  "milestones": {
                    "description": "Weighted milestones only; weights sum to 100.",
                    "oneOf": [
                      {
                        "type": "string",
                        "description": "One per line: name, weight %, optional YYYY-MM-DD achieved.",
                        "pattern": "^[^;\\n \\t\\r]+(?:[ \\t]+[^;\\n \\t\\r]+)*[ \\t]+(?:100(?:\\.00?)?|[1-9][0-9]?(?:\\.[0-9]{1,2})?)%?(?:[ \\t]+(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29))?(?:[;\\n][^;\\n \\t\\r]+(?:[ \\t]+[^;\\n \\t\\r]+)*[ \\t]+(?:100(?:\\.00?)?|[1-9][0-9]?(?:\\.[0-9]{1,2})?)%?(?:[ \\t]+(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29))?)*$"
                      },
                      {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "required": [
                            "name",
                            "weight_percent"
                          ],
                          "properties": {
                            "name": {
                              "type": "string",
                              "maxLength": 200,
                              "minLength": 1,
                              "pattern": "\\S"
                            },
                            "weight_percent": {
                              "type": [
                                "string",
                                "number"
                              ],
                              "pattern": "^(?:100(?:\\.00?)?|[1-9][0-9]?(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                              "minimum": 0.01,
                              "maximum": 100,
                              "multipleOf": 0.01
                            },
                            "achieved_on": {
                              "type": [
                                "string",
                                "null"
                              ],
                              "format": "date",
                              "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                            }
                          },
                          "additionalProperties": false
                        }
                      }
                    ]
                  }
                },
                "additionalProperties": false
              },
              "CostControlSettings": {
                "type": "object",
                "required": [
                  "control",
                  "tolerance_percent"
                ],
                "properties": {
                  "control": {
                    "type": "string",
                    "enum": [
                      "off",
                      "warn",
                      "stop"
                    ]
                  },
                  "tolerance_percent": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
              "CostPosition": {
                "type": "object",
                "required": [
                  "label",
                  "detail",
                  "depth",
                  "budget",
                  "committed",
                  "actual",
                  "forecast",
                  "variance"
                ],
                "properties": {
                  "label": {
                    "type": "string",
                    "description": "Account code, category code or task."
                  },
                  "detail": {
                    "type": "string"
                  },
                  "depth": {
                    "type": "integer"
                  },
                  "budget": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "committed": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "actual": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "forecast": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "max(budget, actual + committed)."
                  },
                  "variance": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "budget − forecast; negative is an overrun."
                  },
                  "variance_percent": {
                    "type": [
                      "number",
                      "null"
                    ]
                  }
                },
                "additionalProperties": false
              },
              "CostControl": {
                "type": "object",
                "required": [
                  "currency",
                  "settings",
                  "total",
                  "accounts",
                  "categories",
                  "wbs"
                ],
                "properties": {
                  "currency": {
                    "type": "string"
                  },
                  "baseline_version": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "settings": {
                    "$ref": "#/components/schemas/CostControlSettings"
                  },
                  "total": {
                    "$ref": "#/components/schemas/CostPosition"
                  },
                  "accounts": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CostPosition"
                    }
                  },
                  "categories": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CostPosition"
                    }
                  },
                  "wbs": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CostPosition"
                    }
                  }
                },
                "additionalProperties": false
              },
              "CashPeriod": {
                "type": "object",
                "required": [
                  "from",
                  "through",
                  "inflow",
                  "outflow",
                  "net",
                  "forecast_net",
                  "closing_balance"
                ],
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "through": {
                    "type": "string",
                    "format": "date"
                  },
                  "inflow": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "outflow": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "net": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "forecast_net": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                    "description": "Of the net, what is still expected."
                  },
                  "closing_balance": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  }
                },
                "additionalProperties": false
              },
              "CashSettings": {
                "type": "object",
                "required": [
                  "opening_balance",
                  "threshold",
                  "horizon_weeks",
                  "supplier_terms_days",
                  "currency"
                ],
                "properties": {
                  "opening_balance": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "threshold": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "horizon_weeks": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 104
                  },
                  "supplier_terms_days": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 365
                  },
                  "currency": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
              "CashSettingsInput": {
                "type": "object",
                "properties": {
                  "opening_balance": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^-?[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "Cash available before any movement; may be negative.",
                    "minimum": -100000000000,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "threshold": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^-?[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "description": "Warn when the projected balance drops below it.",
                    "minimum": -100000000000,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "horizon_weeks": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 104
                  },
                  "supplier_terms_days": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 365,
                    "description": "Days from an invoice without a due date (or planned spending) to its payment."
                  }
                },
                "additionalProperties": false
              },
              "CashFlow": {
                "type": "object",
                "required": [
                  "as_of",
                  "currency",
                  "configured",
                  "settings",
                  "balance_at_as_of",
                  "lowest_in_horizon",
                  "warning",
                  "expected_in",
                  "expected_out",
                  "unplaced",
                  "weeks",
                  "months",
                  "movements"
                ],
                "properties": {
                  "as_of": {
                    "type": "string",
                    "format": "date"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "configured": {
                    "type": "boolean",
                    "description": "False while the standard assumptions apply."
                  },
                  "settings": {
                    "$ref": "#/components/schemas/CashSettings"
                  },
                  "balance_at_as_of": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "lowest_in_horizon": {
                    "type": "object",
                    "required": [
                      "day",
                      "balance"
                    ],
                    "properties": {
                      "day": {
                        "type": "string",
                        "format": "date"
                      },
                      "balance": {
                        "type": "string",
                        "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                      }
                    },
                    "additionalProperties": false
                  },
                  "warning": {
                    "oneOf": [
                      {
                        "type": "null"
                      },
                      {
                        "type": "object",
                        "required": [
                          "first_day",
                          "lowest",
                          "lowest_day",
                          "threshold"
                        ],
                        "properties": {
                          "first_day": {
                            "type": "string",
                            "format": "date"
                          },
                          "lowest": {
                            "type": "string",
                            "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                          },
                          "lowest_day": {
                            "type": "string",
                            "format": "date"
                          },
                          "threshold": {
                            "type": "string",
                            "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                          }
                        },
                        "additionalProperties": false
                      }
                    ],
                    "description": "Set when the balance drops below the threshold within the horizon."
                  },
                  "expected_in": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "expected_out": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "unplaced": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Planned payments whose milestone is not scheduled."
                  },
                  "weeks": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CashPeriod"
                    }
                  },
                  "months": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CashPeriod"
                    }
                  },
                  "movements": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "day",
                        "amount",
                        "source",
                        "forecast",
                        "overdue",
                        "label"
                      ],
                      "properties": {
                        "day": {
                          "type": "string",
                          "format": "date"
                        },
                        "amount": {
                          "type": "string",
                          "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
                          "description": "Positive in, negative out."
                        },
                        "source": {
                          "type": "string",
                          "enum": [
                            "customer_payment",
                            "supplier_payment",
                            "labour",
                            "commitment",
                            "planned_spending"
                          ]
                        },
                        "forecast": {
                          "type": "boolean"
                        },
                        "overdue": {
                          "type": "boolean",
                          "description": "Expected before the as-of date, not yet happened: placed the day after it."
                        },
                        "label": {
                          "type": "string"
                        }
                      },
                      "additionalProperties": false
                    }
                  }
                },
                "additionalProperties": false
              },
              "CashInflow": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "amount",
                  "currency",
                  "terms_days",
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
                  "amount": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "task_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "invoice_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "terms_days": {
                    "type": "integer"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "CashInflowList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CashInflow"
                    }
                  }
                },
                "additionalProperties": false
              },
              "CashInflowInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "amount": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^(?:[1-9][0-9]{0,10}(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                    "minimum": 0.01,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "task_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "The milestone whose scheduled finish is the invoice day. Give this or invoice_date."
                  },
                  "invoice_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "terms_days": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 365,
                    "description": "Default 30."
                  }
                },
                "additionalProperties": false
              },
              "ExchangeRate": {
                "type": "object",
                "required": [
                  "currency",
                  "effective_from",
                  "rate"
                ],
                "properties": {
                  "currency": {
                    "type": "string"
                  },
                  "effective_from": {
                    "type": "string",
                    "format": "date"
                  },
                  "rate": {
                    "type": "string",
                    "description": "Project-currency units per unit, six decimals."
                  }
                },
                "additionalProperties": false
              },
              "ExchangeRateList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ExchangeRate"
                    }
                  }
                },
                "additionalProperties": false
              },
              "ExchangeRateInput": {
                "type": "object",
                "required": [
                  "currency",
                  "effective_from",
                  "rate"
                ],
                "properties": {
                  "currency": {
                    "$ref": "#/components/schemas/CurrencyCode",
                    "description": "ISO 4217, not the project's own."
                  },
                  "effective_from": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "rate": {
                    "type": "string",
                    "pattern": "^(?:[1-9][0-9]{0,5}(?:\\.[0-9]{1,6})?|0?\\.[0-9]{0,5}[1-9]|1000000(?:\\.0{1,6})?)$",
                    "description": "Above 0, at most 1,000,000, six decimals at most."
                  }
                },
                "additionalProperties": false
              },
              "CurrencyTotal": {
                "type": "object",
                "required": [
                  "currency",
                  "kind",
                  "original",
                  "converted",
                  "project_currency"
                ],
                "properties": {
                  "currency": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string"
                  },
                  "original": {
                    "type": "string"
                  },
                  "converted": {
                    "type": "string",
                    "description": "In project_currency."
                  },
                  "project_currency": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
              "CurrencyTotalList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CurrencyTotal"
                    }
                  }
                },
                "additionalProperties": false
              }
            }
          }
        }
        """#
    }
}
