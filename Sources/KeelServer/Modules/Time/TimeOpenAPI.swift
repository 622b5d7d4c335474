extension TimeModule {
    /// This module's part of the OpenAPI document: its paths, the schemas only it uses and its tags.
    /// `OpenAPIDocument` joins it with the platform's base (`Assets/openapi.json`) and the other parts.
    var openAPI: String {
        #"""
        {
          "tags": [
            {
              "name": "Timesheets",
              "description": "Weekly timesheets: hours per day on labour cost accounts, submitted, approved by someone else (posting labour cost at the person's dated rate) or sent back with a reason; people's cost rates."
            }
          ],
          "paths": {
            "/api/v1/projects/{projectID}/timesheet-weeks/{week}": {
              "get": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Your timesheet for a week (an unsaved draft when there is none)",
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
                    "name": "week",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                    },
                    "description": "Any day of the week; the week runs Monday to Sunday."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Your week.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Timesheet"
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
              "put": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Save your hours for a week (replaces them; drafts and rejected weeks only)",
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
                    "name": "week",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                    },
                    "description": "Any day of the week; the week runs Monday to Sunday."
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
                    "description": "Saved; a rejected week is a draft again.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Timesheet"
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
                    "description": "Submitted or approved, or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid input; `errors` lists every field (`entries[i].hours`, …) with a code.",
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
                        "$ref": "#/components/schemas/TimesheetInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/timesheet-weeks/{week}/submit": {
              "post": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Submit your week for approval",
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
                    "name": "week",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                    },
                    "description": "Any day of the week; the week runs Monday to Sunday."
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
                    "description": "Submitted; its hours are frozen.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Timesheet"
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
                  "409": {
                    "description": "Already submitted or approved, or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "No hours (`entries: required`) or hours in a closed period.",
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
            "/api/v1/projects/{projectID}/timesheets": {
              "get": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Timesheets you may see, newest week first",
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
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "draft",
                        "submitted",
                        "rejected",
                        "approved"
                      ]
                    }
                  },
                  {
                    "name": "user_id",
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
                    }
                  },
                  {
                    "name": "week",
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
                    "description": "Any day of the week."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Everyone's for owners, managers and finance; your own otherwise.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TimesheetList"
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
              }
            },
            "/api/v1/projects/{projectID}/timesheets/{timesheetID}": {
              "get": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "One timesheet with its entries and their cost",
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
                    "name": "timesheetID",
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
                    "description": "The timesheet.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Timesheet"
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
                },
                "description": "Members see only their own; owners, managers and finance see everyone's."
              }
            },
            "/api/v1/projects/{projectID}/timesheets/{timesheetID}/approve": {
              "post": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Approve someone else's submitted week: post its labour cost",
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
                    "name": "timesheetID",
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
                    "description": "Approved; one labour entry per day and account at the person's rate on that day.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Timesheet"
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
                  "409": {
                    "description": "Not submitted, or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "A day without a rate (`entries[i].rate: required`) or in a closed period; nothing is posted.",
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
                },
                "description": "Nobody approves their own timesheet (403)."
              }
            },
            "/api/v1/projects/{projectID}/timesheets/{timesheetID}/reject": {
              "post": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Send a submitted week back with a reason",
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
                    "name": "timesheetID",
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
                    "description": "Rejected; the person corrects and resubmits.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Timesheet"
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
                    "description": "Not submitted, or stale If-Match.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "`reason` is required.",
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
                        "$ref": "#/components/schemas/TimesheetRejectInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cost-rates": {
              "get": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "People's hourly cost rates",
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
                    "description": "Rates by person and day.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CostRateList"
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
                  "Timesheets"
                ],
                "summary": "Set a member's rate from a day (replaces one from the same day)",
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
                          "$ref": "#/components/schemas/CostRate"
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
                        "$ref": "#/components/schemas/CostRateInput"
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/projects/{projectID}/cost-rates/{userID}/{day}": {
              "delete": {
                "tags": [
                  "Timesheets"
                ],
                "summary": "Remove a rate (posted labour keeps its cost)",
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
                    "name": "userID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                    },
                    "description": "The day the rate starts."
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
              "TimeEntry": {
                "type": "object",
                "required": [
                  "cost_account_id",
                  "cost_account_code",
                  "day",
                  "hours",
                  "note"
                ],
                "properties": {
                  "cost_account_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "cost_account_code": {
                    "type": "string"
                  },
                  "day": {
                    "type": "string",
                    "format": "date"
                  },
                  "hours": {
                    "type": "string",
                    "pattern": "^[0-9]+(\\.[0-9]{1,2})?$"
                  },
                  "note": {
                    "type": "string"
                  },
                  "cost": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Posted cost (approved), else the cost at the person's rates in force; null without a rate."
                  },
                  "ledger_entry_number": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The labour entry posted for these hours (approved timesheets)."
                  }
                },
                "additionalProperties": false
              },
              "Timesheet": {
                "type": "object",
                "required": [
                  "user_id",
                  "person",
                  "week_start",
                  "status",
                  "reason",
                  "currency",
                  "hours",
                  "cost",
                  "days_without_rate",
                  "entries"
                ],
                "properties": {
                  "id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "Null for a week not saved yet."
                  },
                  "user_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "person": {
                    "type": "string"
                  },
                  "week_start": {
                    "type": "string",
                    "format": "date",
                    "description": "The Monday of the week."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "submitted",
                      "rejected",
                      "approved"
                    ]
                  },
                  "reason": {
                    "type": "string",
                    "description": "Why it was sent back."
                  },
                  "submitted_at": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "decided_by": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "decided_at": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "currency": {
                    "type": "string"
                  },
                  "hours": {
                    "type": "string",
                    "pattern": "^[0-9]+(\\.[0-9]{1,2})?$"
                  },
                  "cost": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "days_without_rate": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "format": "date"
                    }
                  },
                  "version": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "entries": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/TimeEntry"
                    }
                  }
                },
                "additionalProperties": false
              },
              "TimesheetSummary": {
                "type": "object",
                "required": [
                  "id",
                  "user_id",
                  "person",
                  "week_start",
                  "status",
                  "hours",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "user_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "person": {
                    "type": "string"
                  },
                  "week_start": {
                    "type": "string",
                    "format": "date"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "submitted",
                      "rejected",
                      "approved"
                    ]
                  },
                  "hours": {
                    "type": "string",
                    "pattern": "^[0-9]+(\\.[0-9]{1,2})?$"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "TimesheetList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/TimesheetSummary"
                    }
                  }
                },
                "additionalProperties": false
              },
              "TimesheetInput": {
                "type": "object",
                "required": [
                  "entries"
                ],
                "properties": {
                  "entries": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "cost_account_id",
                        "day",
                        "hours"
                      ],
                      "properties": {
                        "cost_account_id": {
                          "type": "string",
                          "format": "uuid",
                          "description": "A labour cost account of the project."
                        },
                        "day": {
                          "type": "string",
                          "format": "date",
                          "description": "A day of the week.",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        "hours": {
                          "type": [
                            "string",
                            "number"
                          ],
                          "pattern": "^(?:(?:[1-9]|1[0-9]|2[0-3])(?:\\.[0-9]{1,2})?|0?\\.(?:0[1-9]|[1-9][0-9]?)|24(?:\\.00?)?)$",
                          "description": "0.01 to 24, at most two decimals; at most 24 per day in all.",
                          "minimum": 0.01,
                          "maximum": 24,
                          "multipleOf": 0.01
                        },
                        "note": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "maxLength": 500
                        }
                      },
                      "additionalProperties": false
                    },
                    "description": "Null is no entries."
                  }
                },
                "additionalProperties": false
              },
              "TimesheetRejectInput": {
                "type": "object",
                "required": [
                  "reason"
                ],
                "properties": {
                  "reason": {
                    "type": "string",
                    "maxLength": 2000,
                    "minLength": 1,
                    "pattern": "\\S"
                  }
                },
                "additionalProperties": false
              },
              "CostRate": {
                "type": "object",
                "required": [
                  "user_id",
                  "effective_from",
                  "hourly_rate",
                  "currency"
                ],
                "properties": {
                  "user_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "person": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "effective_from": {
                    "type": "string",
                    "format": "date"
                  },
                  "hourly_rate": {
                    "type": "string",
                    "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
                  },
                  "currency": {
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
              "CostRateList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CostRate"
                    }
                  }
                },
                "additionalProperties": false
              },
              "CostRateInput": {
                "type": "object",
                "required": [
                  "user_id",
                  "effective_from",
                  "hourly_rate"
                ],
                "properties": {
                  "user_id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "A member of the project."
                  },
                  "effective_from": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  },
                  "hourly_rate": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "pattern": "^(?:[0-9]{1,6}(?:\\.[0-9]{1,2})?|1000000(?:\\.00?)?)$",
                    "description": "Per hour in the project's currency, at most 1,000,000.",
                    "minimum": 0,
                    "maximum": 1000000,
                    "multipleOf": 0.01
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
