extension ProjectsModule {
    /// This module's part of the OpenAPI document: its paths, the schemas only it uses and its tags.
    /// `OpenAPIDocument` joins it with the platform's base (`Assets/openapi.json`) and the other parts.
    var openAPI: String {
        #"""
        {
          "tags": [
            {
              "name": "Projects",
              "description": "The portfolio and each project's charter: goal, sponsor, dates, budget and its allocation, status; the overview."
            },
            {
              "name": "Objectives",
              "description": "Objectives with their KPIs, targets and dated measurements."
            },
            {
              "name": "Stakeholders",
              "description": "The stakeholder register: interest, influence, engagement and communication needs."
            },
            {
              "name": "Lifecycle",
              "description": "Phases of the lifecycle and their gate reviews."
            },
            {
              "name": "Audit",
              "description": "The project's audit trail: who changed what, when, before and after."
            }
          ],
          "paths": {
            "/api/v1/projects": {
              "get": {
                "tags": [
                  "Projects"
                ],
                "summary": "List the portfolio (filtered, sorted, paged)",
                "parameters": [
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "proposed",
                        "active",
                        "on_hold",
                        "closed",
                        "archived"
                      ]
                    },
                    "description": "Only projects in this status."
                  },
                  {
                    "name": "sponsor",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    },
                    "description": "Exact sponsor."
                  },
                  {
                    "name": "health",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "red",
                        "amber",
                        "green"
                      ]
                    },
                    "description": "Only projects whose overall traffic light (the worst of schedule, cost, risk and cash in their last assessment) is this one."
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    },
                    "description": "Case-insensitive text in code or name."
                  },
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "code",
                        "name",
                        "planned_start",
                        "status",
                        "health"
                      ]
                    },
                    "description": "Order; `health` puts the worst overall traffic light first (projects never assessed last)."
                  },
                  {
                    "name": "desc",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "1",
                        "true",
                        "0",
                        "false",
                        ""
                      ]
                    },
                    "description": "Descending."
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000000
                    },
                    "description": "Page, from 1."
                  },
                  {
                    "name": "per_page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 200
                    },
                    "description": "Rows per page (default 50)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ProjectPage"
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
                  "400": {
                    "description": "A malformed address (an encoded NUL character).",
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
                  "Projects"
                ],
                "summary": "Create a project with its charter (the five standard phases come with it)",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ProjectInput"
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
                          "$ref": "#/components/schemas/Project"
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
                    "description": "A browser request from another site (its Origin is not this server's).",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                },
                "parameters": [
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
                ]
              }
            },
            "/api/v1/projects/{projectID}": {
              "get": {
                "tags": [
                  "Projects"
                ],
                "summary": "Get a project's charter",
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
                    "description": "The project.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Project"
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
                  "Projects"
                ],
                "summary": "Change charter fields (only those sent)",
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
                        "$ref": "#/components/schemas/ProjectPatch"
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
                          "$ref": "#/components/schemas/Project"
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
                  "Projects"
                ],
                "summary": "Delete a project and everything in it",
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
                  },
                  "409": {
                    "description": "The project has ledger entries: the ledger keeps them, so the project stays.",
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
            "/api/v1/projects/{projectID}/audit": {
              "get": {
                "tags": [
                  "Audit"
                ],
                "summary": "Recent changes to the project, newest first",
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
                    "name": "action",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    },
                    "description": "Only this action (create, update, delete, …)."
                  },
                  {
                    "name": "object_type",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    },
                    "description": "Only this kind of object (project, objective, membership, …)."
                  },
                  {
                    "name": "actor",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string"
                    },
                    "description": "Only this actor (user:<id>, system:<command>)."
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
                    "description": "From this UTC day."
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
                    "description": "Up to and including this UTC day."
                  },
                  {
                    "name": "before",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 9223372036854775807
                    },
                    "description": "Only records older than this sequence number (paging)."
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    },
                    "description": "How many (default 100)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The records.",
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
                                "$ref": "#/components/schemas/AuditEvent"
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
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/gate-reviews": {
              "get": {
                "tags": [
                  "Lifecycle"
                ],
                "summary": "List GateReviews of a project",
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
                                "$ref": "#/components/schemas/GateReview"
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
            "/api/v1/projects/{projectID}/gate-reviews/{reviewID}": {
              "get": {
                "tags": [
                  "Lifecycle"
                ],
                "summary": "Get one GateReview",
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
                    "name": "reviewID",
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
                          "$ref": "#/components/schemas/GateReview"
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
                  "Lifecycle"
                ],
                "summary": "Change a GateReview (only the fields sent)",
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
                    "name": "reviewID",
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
                        "$ref": "#/components/schemas/GateReviewInput"
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
                          "$ref": "#/components/schemas/GateReview"
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
                  "Lifecycle"
                ],
                "summary": "Delete a GateReview",
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
                    "name": "reviewID",
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
            "/api/v1/projects/{projectID}/objectives": {
              "get": {
                "tags": [
                  "Objectives"
                ],
                "summary": "List Objectives of a project",
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
                                "$ref": "#/components/schemas/Objective"
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
                  "Objectives"
                ],
                "summary": "Create a Objective",
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
                        "$ref": "#/components/schemas/ObjectiveInput"
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
                          "$ref": "#/components/schemas/Objective"
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
                }
              }
            },
            "/api/v1/projects/{projectID}/objectives/{objectiveID}": {
              "get": {
                "tags": [
                  "Objectives"
                ],
                "summary": "Get one Objective",
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
                    "name": "objectiveID",
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
                          "$ref": "#/components/schemas/Objective"
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
                  "Objectives"
                ],
                "summary": "Change a Objective (only the fields sent)",
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
                    "name": "objectiveID",
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
                        "$ref": "#/components/schemas/ObjectivePatch"
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
                          "$ref": "#/components/schemas/Objective"
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
                  "Objectives"
                ],
                "summary": "Delete a Objective",
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
                    "name": "objectiveID",
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
            "/api/v1/projects/{projectID}/overview": {
              "get": {
                "tags": [
                  "Projects"
                ],
                "summary": "Charter, objectives, stakeholders, phases and gate reviews in one answer",
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
                    "description": "The overview.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Overview"
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
              }
            },
            "/api/v1/projects/{projectID}/phases": {
              "get": {
                "tags": [
                  "Lifecycle"
                ],
                "summary": "List Phases of a project",
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
                                "$ref": "#/components/schemas/Phase"
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
                  "Lifecycle"
                ],
                "summary": "Create a Phase",
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
                        "$ref": "#/components/schemas/PhaseInput"
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
                          "$ref": "#/components/schemas/Phase"
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
                }
              }
            },
            "/api/v1/projects/{projectID}/phases/{phaseID}": {
              "get": {
                "tags": [
                  "Lifecycle"
                ],
                "summary": "Get one Phase",
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
                    "name": "phaseID",
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
                          "$ref": "#/components/schemas/Phase"
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
                  "Lifecycle"
                ],
                "summary": "Change a Phase (only the fields sent)",
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
                    "name": "phaseID",
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
                        "$ref": "#/components/schemas/PhaseInput"
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
                          "$ref": "#/components/schemas/Phase"
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
                  "Lifecycle"
                ],
                "summary": "Delete a Phase",
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
                    "name": "phaseID",
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
            "/api/v1/projects/{projectID}/phases/{phaseID}/gate-reviews": {
              "post": {
                "tags": [
                  "Lifecycle"
                ],
                "summary": "Create a GateReview",
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
                    "name": "phaseID",
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
                        "$ref": "#/components/schemas/GateReviewInput"
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
                          "$ref": "#/components/schemas/GateReview"
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
                }
              }
            },
            "/api/v1/projects/{projectID}/stakeholders": {
              "get": {
                "tags": [
                  "Stakeholders"
                ],
                "summary": "List Stakeholders of a project",
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
                                "$ref": "#/components/schemas/Stakeholder"
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
                  "Stakeholders"
                ],
                "summary": "Create a Stakeholder",
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
                        "$ref": "#/components/schemas/StakeholderInput"
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
                          "$ref": "#/components/schemas/Stakeholder"
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
                }
              }
            },
            "/api/v1/projects/{projectID}/stakeholders/{stakeholderID}": {
              "get": {
                "tags": [
                  "Stakeholders"
                ],
                "summary": "Get one Stakeholder",
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
                    "name": "stakeholderID",
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
                          "$ref": "#/components/schemas/Stakeholder"
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
                  "Stakeholders"
                ],
                "summary": "Change a Stakeholder (only the fields sent)",
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
                    "name": "stakeholderID",
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
                        "$ref": "#/components/schemas/StakeholderPatch"
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
                          "$ref": "#/components/schemas/Stakeholder"
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
                  "Stakeholders"
                ],
                "summary": "Delete a Stakeholder",
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
                    "name": "stakeholderID",
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
            "/api/v1/projects/{projectID}/objectives/{objectiveID}/measurements": {
              "get": {
                "tags": [
                  "Objectives"
                ],
                "summary": "An objective's measured KPI values, oldest first",
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
                    "name": "objectiveID",
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
                    "description": "Measurements with the traffic light each gives.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/KPIMeasurementList"
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
                  "Objectives"
                ],
                "summary": "Record the KPI's value on a day (one per day; needs editCharter)",
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
                    "name": "objectiveID",
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
                          "$ref": "#/components/schemas/KPIMeasurement"
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
                        "$ref": "#/components/schemas/KPIMeasurementInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/objectives/{objectiveID}/measurements/{measurementID}": {
              "delete": {
                "tags": [
                  "Objectives"
                ],
                "summary": "Delete a measured value",
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
                    "name": "objectiveID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "measurementID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
            }
          },
          "components": {
            "schemas": {
              "Allocation": {
                "type": "object",
                "required": [
                  "direction",
                  "share_percent",
                  "amount"
                ],
                "properties": {
                  "direction": {
                    "type": "string"
                  },
                  "share_percent": {
                    "type": "string"
                  },
                  "amount": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
              "Project": {
                "type": "object",
                "required": [
                  "id",
                  "code",
                  "name",
                  "currency",
                  "budget_amount",
                  "budget_minor",
                  "status",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "code": {
                    "type": "string",
                    "maxLength": 32,
                    "pattern": "^[A-Za-z0-9._-]+$"
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "sponsor": {
                    "type": "string"
                  },
                  "goal": {
                    "type": "string"
                  },
                  "audience": {
                    "type": "string"
                  },
                  "value_proposition": {
                    "type": "string"
                  },
                  "methodology": {
                    "type": "string"
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
                  "currency": {
                    "type": "string",
                    "description": "ISO 4217 code."
                  },
                  "expected_benefits": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "proposed",
                      "active",
                      "on_hold",
                      "closed",
                      "archived"
                    ]
                  },
                  "budget_amount": {
                    "type": "string"
                  },
                  "budget_minor": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "allocations": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Allocation"
                    }
                  },
                  "version": {
                    "type": "integer"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "additionalProperties": false
              },
              "ProjectSummary": {
                "type": "object",
                "required": [
                  "id",
                  "code",
                  "name",
                  "status"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "code": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "sponsor": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string"
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
                  "budget_amount": {
                    "type": "string"
                  },
                  "currency": {
                    "type": "string"
                  },
                  "health": {
                    "$ref": "#/components/schemas/ProjectHealth",
                    "description": "The last stored assessment; absent before the first."
                  }
                },
                "additionalProperties": false
              },
              "ProjectPage": {
                "type": "object",
                "required": [
                  "items",
                  "page",
                  "per_page",
                  "total"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ProjectSummary"
                    }
                  },
                  "page": {
                    "type": "integer"
                  },
                  "per_page": {
                    "type": "integer"
                  },
                  "total": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "ProjectInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "code",
                  "name",
                  "currency"
                ],
                "properties": {
                  "code": {
                    "type": "string",
                    "maxLength": 32,
                    "pattern": "^[A-Za-z0-9._-]+$",
                    "minLength": 1
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "sponsor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "goal": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "audience": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "value_proposition": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "methodology": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "planned_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "planned_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "budget_amount": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "description": "Exact decimal in the currency's minor digits, e.g. \"12000000.00\".",
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "currency": {
                    "$ref": "#/components/schemas/CurrencyCode",
                    "description": "ISO 4217 code."
                  },
                  "allocations": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "direction",
                        "share_percent"
                      ],
                      "additionalProperties": false,
                      "properties": {
                        "direction": {
                          "type": "string",
                          "maxLength": 200,
                          "minLength": 1,
                          "pattern": "\\S"
                        },
                        "share_percent": {
                          "type": [
                            "string",
                            "number"
                          ],
                          "description": "0.01–100, at most two decimals.",
                          "pattern": "^(?:100(?:\\.00?)?|[1-9][0-9]?(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                          "minimum": 0.01,
                          "maximum": 100,
                          "multipleOf": 0.01
                        }
                      }
                    }
                  },
                  "expected_benefits": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "proposed",
                      "active",
                      "on_hold",
                      "closed",
                      "archived"
                    ]
                  }
                }
              },
              "ProjectPatch": {
                "type": "object",
                "additionalProperties": false,
                "required": [],
                "properties": {
                  "code": {
                    "type": "string",
                    "maxLength": 32,
                    "pattern": "^[A-Za-z0-9._-]+$",
                    "minLength": 1
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "sponsor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "goal": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "audience": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "value_proposition": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "methodology": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "planned_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "planned_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "budget_amount": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "description": "Exact decimal in the currency's minor digits, e.g. \"12000000.00\".",
                    "pattern": "^[0-9]{1,11}(?:\\.[0-9]{1,2})?$",
                    "minimum": 0,
                    "maximum": 100000000000,
                    "multipleOf": 0.01
                  },
                  "currency": {
                    "$ref": "#/components/schemas/CurrencyCode",
                    "description": "ISO 4217 code."
                  },
                  "allocations": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "direction",
                        "share_percent"
                      ],
                      "additionalProperties": false,
                      "properties": {
                        "direction": {
                          "type": "string",
                          "maxLength": 200,
                          "minLength": 1,
                          "pattern": "\\S"
                        },
                        "share_percent": {
                          "type": [
                            "string",
                            "number"
                          ],
                          "description": "0.01–100, at most two decimals.",
                          "pattern": "^(?:100(?:\\.00?)?|[1-9][0-9]?(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?))$",
                          "minimum": 0.01,
                          "maximum": 100,
                          "multipleOf": 0.01
                        }
                      }
                    }
                  },
                  "expected_benefits": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "proposed",
                      "active",
                      "on_hold",
                      "closed",
                      "archived"
                    ]
                  }
                }
              },
              "Objective": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "name",
                  "target",
                  "direction",
                  "red_threshold",
                  "amber_threshold",
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
                  "name": {
                    "type": "string"
                  },
                  "unit": {
                    "type": "string"
                  },
                  "baseline": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "target": {
                    "type": "number"
                  },
                  "direction": {
                    "type": "string",
                    "enum": [
                      "higher_is_better",
                      "lower_is_better"
                    ]
                  },
                  "red_threshold": {
                    "type": "number"
                  },
                  "amber_threshold": {
                    "type": "number"
                  },
                  "due_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "position": {
                    "type": "integer"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "ObjectiveInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name",
                  "target",
                  "direction",
                  "red_threshold",
                  "amber_threshold"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "unit": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 40
                  },
                  "baseline": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "target": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "direction": {
                    "type": "string",
                    "enum": [
                      "higher_is_better",
                      "lower_is_better"
                    ]
                  },
                  "red_threshold": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "amber_threshold": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "due_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10000
                  }
                }
              },
              "ObjectivePatch": {
                "type": "object",
                "additionalProperties": false,
                "required": [],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "unit": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 40
                  },
                  "baseline": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "target": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "direction": {
                    "type": "string",
                    "enum": [
                      "higher_is_better",
                      "lower_is_better"
                    ]
                  },
                  "red_threshold": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "amber_threshold": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "due_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10000
                  }
                }
              },
              "Stakeholder": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "name",
                  "kind",
                  "influence",
                  "interest",
                  "quadrant",
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
                  "name": {
                    "type": "string"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "sponsor",
                      "project_manager",
                      "team_member",
                      "supplier",
                      "customer",
                      "regulator",
                      "consultant"
                    ]
                  },
                  "organisation": {
                    "type": "string"
                  },
                  "contact": {
                    "type": "string"
                  },
                  "influence": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "interest": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "current_engagement": {
                    "type": "string",
                    "enum": [
                      "unaware",
                      "resistant",
                      "neutral",
                      "supportive",
                      "leading"
                    ]
                  },
                  "desired_engagement": {
                    "type": "string",
                    "enum": [
                      "unaware",
                      "resistant",
                      "neutral",
                      "supportive",
                      "leading"
                    ]
                  },
                  "communication_needs": {
                    "type": "string"
                  },
                  "quadrant": {
                    "type": "string",
                    "enum": [
                      "manage_closely",
                      "keep_satisfied",
                      "keep_informed",
                      "monitor"
                    ]
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "StakeholderInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name",
                  "kind",
                  "influence",
                  "interest"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "sponsor",
                      "project_manager",
                      "team_member",
                      "supplier",
                      "customer",
                      "regulator",
                      "consultant"
                    ]
                  },
                  "organisation": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "contact": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "influence": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "interest": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "current_engagement": {
                    "type": "string",
                    "enum": [
                      "unaware",
                      "resistant",
                      "neutral",
                      "supportive",
                      "leading"
                    ]
                  },
                  "desired_engagement": {
                    "type": "string",
                    "enum": [
                      "unaware",
                      "resistant",
                      "neutral",
                      "supportive",
                      "leading"
                    ]
                  },
                  "communication_needs": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  }
                }
              },
              "StakeholderPatch": {
                "type": "object",
                "additionalProperties": false,
                "required": [],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "sponsor",
                      "project_manager",
                      "team_member",
                      "supplier",
                      "customer",
                      "regulator",
                      "consultant"
                    ]
                  },
                  "organisation": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "contact": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "influence": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "interest": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 5
                  },
                  "current_engagement": {
                    "type": "string",
                    "enum": [
                      "unaware",
                      "resistant",
                      "neutral",
                      "supportive",
                      "leading"
                    ]
                  },
                  "desired_engagement": {
                    "type": "string",
                    "enum": [
                      "unaware",
                      "resistant",
                      "neutral",
                      "supportive",
                      "leading"
                    ]
                  },
                  "communication_needs": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  }
                }
              },
              "Phase": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "kind",
                  "position",
                  "state",
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
                  "kind": {
                    "type": "string",
                    "enum": [
                      "initiation",
                      "planning",
                      "execution",
                      "monitoring",
                      "closing",
                      "custom"
                    ]
                  },
                  "name": {
                    "type": "string"
                  },
                  "position": {
                    "type": "integer"
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
                  "actual_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "actual_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "not_started",
                      "in_progress",
                      "done"
                    ]
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "PhaseInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "initiation",
                      "planning",
                      "execution",
                      "monitoring",
                      "closing",
                      "custom"
                    ]
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10000
                  },
                  "planned_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "planned_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "actual_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "actual_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  }
                }
              },
              "GateReview": {
                "type": "object",
                "required": [
                  "id",
                  "project_id",
                  "phase_id",
                  "criteria",
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
                  "phase_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "criteria": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "text"
                      ],
                      "properties": {
                        "text": {
                          "type": "string"
                        },
                        "met": {
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "go",
                      "go_with_conditions",
                      "recycle",
                      "stop",
                      null
                    ]
                  },
                  "decider": {
                    "type": "string"
                  },
                  "decided_on": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "notes": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "GateReviewInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [],
                "properties": {
                  "criteria": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "text"
                      ],
                      "properties": {
                        "text": {
                          "type": "string",
                          "maxLength": 500,
                          "minLength": 1,
                          "pattern": "\\S"
                        },
                        "met": {
                          "type": [
                            "boolean",
                            "null"
                          ]
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "go",
                      "go_with_conditions",
                      "recycle",
                      "stop",
                      null
                    ]
                  },
                  "decider": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "decided_on": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "notes": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000
                  }
                }
              },
              "Overview": {
                "type": "object",
                "required": [
                  "project",
                  "objectives",
                  "stakeholders",
                  "phases",
                  "gate_reviews"
                ],
                "properties": {
                  "project": {
                    "$ref": "#/components/schemas/Project"
                  },
                  "objectives": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Objective"
                    }
                  },
                  "stakeholders": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Stakeholder"
                    }
                  },
                  "phases": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Phase"
                    }
                  },
                  "gate_reviews": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/GateReview"
                    }
                  },
                  "current_phase_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                },
                "additionalProperties": false
              },
              "AuditEvent": {
                "type": "object",
                "required": [
                  "seq",
                  "occurred_at",
                  "actor",
                  "action",
                  "object_type",
                  "object_id",
                  "changes"
                ],
                "properties": {
                  "seq": {
                    "type": "integer"
                  },
                  "occurred_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "actor": {
                    "type": "string"
                  },
                  "request_id": {
                    "type": "string"
                  },
                  "action": {
                    "type": "string",
                    "enum": [
                      "create",
                      "update",
                      "delete",
                      "sign_in",
                      "sign_in_failed",
                      "unlock",
                      "change_password",
                      "revoke",
                      "denied",
                      "move",
                      "import",
                      "save_baseline",
                      "delete_baseline",
                      "approve",
                      "submit",
                      "reject",
                      "stop",
                      "post",
                      "reverse",
                      "close_period"
                    ]
                  },
                  "object_type": {
                    "type": "string"
                  },
                  "object_id": {
                    "type": "string"
                  },
                  "project_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "changes": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "object",
                      "properties": {
                        "before": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "after": {
                          "type": [
                            "string",
                            "null"
                          ]
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "prev_hash": {
                    "type": "string"
                  },
                  "hash": {
                    "type": "string",
                    "description": "SHA-256 over prev_hash and the record; see keel audit verify."
                  }
                },
                "additionalProperties": false
              },
              "KPIMeasurement": {
                "type": "object",
                "required": [
                  "id",
                  "objective_id",
                  "measured_on",
                  "value",
                  "note",
                  "status"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "objective_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "measured_on": {
                    "type": "string",
                    "format": "date"
                  },
                  "value": {
                    "type": "number"
                  },
                  "note": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "red",
                      "amber",
                      "green"
                    ],
                    "description": "The value against the objective's thresholds."
                  }
                },
                "additionalProperties": false
              },
              "KPIMeasurementList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/KPIMeasurement"
                    }
                  }
                },
                "additionalProperties": false
              },
              "KPIMeasurementInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "measured_on",
                  "value"
                ],
                "properties": {
                  "measured_on": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "value": {
                    "type": "number",
                    "exclusiveMinimum": -1000000000000000.0,
                    "exclusiveMaximum": 1000000000000000.0
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500
                  }
                }
              }
            }
          }
        }
        """#
    }
}
