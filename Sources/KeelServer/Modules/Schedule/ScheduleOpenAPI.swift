extension ScheduleModule {
    /// This module's part of the OpenAPI document: its paths, the schemas only it uses and its tags.
    /// `OpenAPIDocument` joins it with the platform's base (`Assets/openapi.json`) and the other parts.
    var openAPI: String {
        #"""
        {
          "tags": [
            {
              "name": "Schedule",
              "description": "The work plan: tasks, links, calendars and the critical path with MS Project's semantics; baselines; MS Project XML and CSV; schedule and cost risk simulation."
            }
          ],
          "paths": {
            "/api/v1/projects/{projectID}/schedule": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "The work plan with its computed schedule",
                "description": "Settings, calendars, tasks in outline order with their computed dates, float and baseline variance, links and baselines. Before the first change `set_up` is false and the defaults are shown.",
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
                    "description": "The plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
                  "Schedule"
                ],
                "summary": "Change the schedule settings (only the fields sent)",
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
                        "$ref": "#/components/schemas/ScheduleSettingsPatch"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Changed; the whole plan, rescheduled.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
              }
            },
            "/api/v1/projects/{projectID}/schedule.csv": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "The schedule as CSV",
                "description": "Columns id,name,start,finish,early_start,early_finish,late_start,late_finish,total_float_days,free_float_days,critical; dates ISO 8601; text cells that a spreadsheet would read as formulas are neutralised.",
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
                    "description": "CSV.",
                    "content": {
                      "text/csv": {
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
              }
            },
            "/api/v1/projects/{projectID}/schedule.xml": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "The plan as MS Project XML (MSPDI)",
                "description": "Tasks, outline, links with lags, calendars, constraints, deadlines, progress, three-point estimates (Duration1–3) and baselines, with the computed dates. See docs/ms-project-xml.md.",
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
                    "description": "MSPDI.",
                    "content": {
                      "application/xml": {
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
              }
            },
            "/api/v1/projects/{projectID}/schedule/import": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Replace the plan with an imported one",
                "description": "MS Project XML (application/xml, up to 64 MiB; a DOCTYPE is refused) or a JSON network file (application/json, docs/scheduling.md). Nothing is changed unless the whole file is usable.",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/xml": {
                      "schema": {
                        "type": "string"
                      }
                    },
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NetworkFile"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Imported; the new plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
            "/api/v1/projects/{projectID}/tasks": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Add a task",
                "description": "At the end of the plan, or as the last subtask of parent_id. The plan is rescheduled in the same transaction.",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TaskInput"
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
                          "$ref": "#/components/schemas/Task"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
            "/api/v1/projects/{projectID}/tasks/{taskID}": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "One task with its computed dates",
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
                    "description": "The task.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Task"
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
                  "Schedule"
                ],
                "summary": "Change a task (only the fields sent)",
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
                        "$ref": "#/components/schemas/TaskPatch"
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
                          "$ref": "#/components/schemas/Task"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
                  "Schedule"
                ],
                "summary": "Delete a task with its subtasks and their links",
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
            "/api/v1/projects/{projectID}/tasks/bulk": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Indent, outdent, move or delete several tasks",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TaskBulk"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Done; the whole plan, rescheduled.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
            "/api/v1/projects/{projectID}/links": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Link two tasks",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/LinkInput"
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
                          "$ref": "#/components/schemas/Link"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
            "/api/v1/projects/{projectID}/links/{linkID}": {
              "patch": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Change a link's type or lag",
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
                    "name": "linkID",
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
                        "$ref": "#/components/schemas/LinkPatch"
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
                          "$ref": "#/components/schemas/Link"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
                  "Schedule"
                ],
                "summary": "Delete a link",
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
                    "name": "linkID",
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
            "/api/v1/projects/{projectID}/calendars": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Add a working-time calendar",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CalendarInput"
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
                          "$ref": "#/components/schemas/Calendar"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
            "/api/v1/projects/{projectID}/calendars/{calendarID}": {
              "patch": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Change a calendar",
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
                    "name": "calendarID",
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
                        "$ref": "#/components/schemas/CalendarPatch"
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
                          "$ref": "#/components/schemas/Calendar"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
                  "Schedule"
                ],
                "summary": "Delete a calendar nothing uses",
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
                    "name": "calendarID",
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
                  },
                  "409": {
                    "description": "The project calendar, or a calendar tasks use.",
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
            "/api/v1/projects/{projectID}/baselines/{number}": {
              "put": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Save the current dates as baseline N (0–10), replacing it",
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
                    "name": "number",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 10
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                          "name": {
                            "type": [
                              "string",
                              "null"
                            ],
                            "maxLength": 200
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Saved; the whole plan.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plan"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid fields (every problem listed with its field), a cycle named task by task, a duplicate or self link.",
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
                  "Schedule"
                ],
                "summary": "Clear baseline N",
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
                    "name": "number",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 10
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Cleared."
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
              }
            },
            "/api/v1/projects/{projectID}/simulation": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Run a schedule risk analysis (Monte Carlo)",
                "description": "Runs the plan N times with each leaf task's duration drawn from its three-point estimate (tasks without one keep their duration), through the same critical-path rules as the schedule. Seeded: the same plan revision, options and seed give the same numbers. Nothing is stored; needs only the right to view the project. Runs are answered inline up to 20,000,000 task-iterations (tasks × iterations); larger ones are refused with the largest allowed iteration count. See docs/simulation.md.",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/SimulationInput"
                          },
                          {
                            "properties": {
                              "iterations": {
                                "maximum": 100000,
                                "description": "At most 100,000 inline, and at most 20,000,000 divided by the number of tasks; save a larger run through simulation-runs."
                              }
                            }
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The run's results.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Simulation"
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid options (iterations outside 1…1,000,000 or over the inline budget, unknown distribution, bad date), or a plan that does not schedule (a cycle is named).",
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
            "/api/v1/projects/{projectID}/simulation-runs": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Saved runs, newest first (20)",
                "description": "Each with its status, progress and whether the plan or the register changed since (stale).",
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
                          "properties": {
                            "items": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/SimulationRun"
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
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Start a saved schedule risk analysis (background)",
                "description": "Stores the run as queued and runs it in the background on this server; watch it with GET …/simulation-runs/{runID}. Any size up to 1,000,000 iterations. Needs editRisks. Runs left unfinished by a server stop are marked failed at the next start (after two hours).",
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
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SimulationInput"
                      }
                    }
                  }
                },
                "responses": {
                  "202": {
                    "description": "Queued.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SimulationRun"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The run.",
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
                    "description": "Not JSON.",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid options (iterations outside 1…1,000,000 or over the inline budget, unknown distribution, bad date), or a plan that does not schedule (a cycle is named).",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "A run of this project is already queued or running.",
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
            "/api/v1/projects/{projectID}/simulation-runs/{runID}": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "A saved run",
                "description": "Its state; once done, its results in the same shape as POST …/simulation answers.",
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
                    "name": "runID",
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
                    "description": "The run.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SimulationRun"
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
              }
            },
            "/api/v1/projects/{projectID}/simulation-runs/{runID}/stop": {
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Stop a saved run",
                "description": "A queued run is cancelled at once; a running one stops at its next batch (status stopping, then cancelled). 409 when it already finished. Needs editRisks.",
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
                    "name": "runID",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "202": {
                    "description": "Stopping.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/SimulationRun"
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
                  },
                  "409": {
                    "description": "Already finished.",
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
            "/api/v1/projects/{projectID}/correlation-groups": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Groups of tasks with correlated durations",
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
                    "description": "Groups, by name.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CorrelationGroupList"
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
                "description": "The risk analysis draws the durations of a group's tasks together (a one-factor Gaussian copula): every pair has the group's correlation, each task keeps its own distribution."
              },
              "post": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Add a group of correlated tasks",
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
                          "$ref": "#/components/schemas/CorrelationGroup"
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
                            "$ref": "#/components/schemas/CorrelationGroupInput"
                          },
                          {
                            "required": [
                              "name",
                              "coefficient",
                              "task_ids"
                            ]
                          }
                        ]
                      }
                    }
                  }
                },
                "description": "At least two leaf tasks, none in another group; coefficient 0–1 with two decimals. Needs editRisks. Saved analyses become stale."
              }
            },
            "/api/v1/projects/{projectID}/correlation-groups/{groupID}": {
              "get": {
                "tags": [
                  "Schedule"
                ],
                "summary": "One group of correlated tasks",
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
                    "name": "groupID",
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
                    "description": "The group.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CorrelationGroup"
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
                  "Schedule"
                ],
                "summary": "Change a group (name, coefficient, task_ids)",
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
                    "name": "groupID",
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
                          "$ref": "#/components/schemas/CorrelationGroup"
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
                        "$ref": "#/components/schemas/CorrelationGroupInput"
                      }
                    }
                  }
                }
              },
              "delete": {
                "tags": [
                  "Schedule"
                ],
                "summary": "Delete a group",
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
                    "name": "groupID",
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
              "ScheduleSettings": {
                "type": "object",
                "properties": {
                  "project_start": {
                    "type": "string"
                  },
                  "status_date": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "time_zone": {
                    "type": "string"
                  },
                  "minutes_per_day": {
                    "type": "integer"
                  },
                  "critical_threshold_minutes": {
                    "type": "integer"
                  },
                  "project_calendar_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "compared_baseline": {
                    "type": "integer"
                  },
                  "revision": {
                    "type": "integer"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "ScheduleSettingsPatch": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "project_start": {
                    "type": "string",
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "status_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the end of that day's working time on the project calendar (17:00 on the standard week).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "time_zone": {
                    "type": "string",
                    "description": "IANA zone, e.g. Asia/Shanghai.",
                    "maxLength": 64,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "minutes_per_day": {
                    "type": "integer",
                    "minimum": 60,
                    "maximum": 1440
                  },
                  "critical_threshold": {
                    "type": "string",
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "project_calendar_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "compared_baseline": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 10
                  }
                }
              },
              "Task": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "position": {
                    "type": "integer"
                  },
                  "parent_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "name": {
                    "type": "string"
                  },
                  "wbs": {
                    "type": "string"
                  },
                  "notes": {
                    "type": "string"
                  },
                  "owner": {
                    "type": "string"
                  },
                  "priority": {
                    "type": "integer"
                  },
                  "duration": {
                    "type": "string"
                  },
                  "duration_minutes": {
                    "type": "integer"
                  },
                  "milestone": {
                    "type": "boolean"
                  },
                  "calendar_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "constraint": {
                    "type": "string"
                  },
                  "constraint_date": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "actual_start": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "actual_finish": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "percent_complete": {
                    "type": "integer"
                  },
                  "remaining_minutes": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "estimate": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "optimistic_minutes": {
                        "type": "integer"
                      },
                      "most_likely_minutes": {
                        "type": "integer"
                      },
                      "pessimistic_minutes": {
                        "type": "integer"
                      }
                    },
                    "additionalProperties": false
                  },
                  "version": {
                    "type": "integer"
                  },
                  "computed": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "start": {
                        "type": "string"
                      },
                      "finish": {
                        "type": "string"
                      },
                      "early_start": {
                        "type": "string"
                      },
                      "early_finish": {
                        "type": "string"
                      },
                      "late_start": {
                        "type": "string"
                      },
                      "late_finish": {
                        "type": "string"
                      },
                      "total_float_days": {
                        "type": "string"
                      },
                      "free_float_days": {
                        "type": "string"
                      },
                      "duration_minutes": {
                        "type": "integer"
                      },
                      "total_float_minutes": {
                        "type": "integer"
                      },
                      "free_float_minutes": {
                        "type": "integer"
                      },
                      "critical": {
                        "type": "boolean"
                      },
                      "on_longest_path": {
                        "type": "boolean"
                      },
                      "summary": {
                        "type": "boolean"
                      },
                      "misses_deadline": {
                        "type": "boolean"
                      }
                    },
                    "additionalProperties": false
                  },
                  "variance": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "baseline": {
                        "type": "integer"
                      },
                      "start": {
                        "type": "string"
                      },
                      "finish": {
                        "type": "string"
                      },
                      "duration_minutes": {
                        "type": "integer"
                      },
                      "start_variance_minutes": {
                        "type": "integer"
                      },
                      "finish_variance_minutes": {
                        "type": "integer"
                      },
                      "duration_variance_minutes": {
                        "type": "integer"
                      }
                    },
                    "additionalProperties": false
                  },
                  "percent_complete_rolled_up": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "Summaries: their subtasks' progress weighted by duration; other tasks: their own."
                  }
                },
                "additionalProperties": false
              },
              "TaskInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 500,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "wbs": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100
                  },
                  "notes": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 10000
                  },
                  "owner": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "priority": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1000
                  },
                  "duration": {
                    "type": "string",
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "milestone": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "calendar_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "constraint": {
                    "type": "string",
                    "enum": [
                      "asap",
                      "alap",
                      "mso",
                      "mfo",
                      "snet",
                      "snlt",
                      "fnet",
                      "fnlt"
                    ]
                  },
                  "constraint_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "actual_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "actual_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "percent_complete": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "remaining": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "estimate_optimistic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "estimate_most_likely": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "estimate_pessimistic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "parent_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "Add as the last subtask of this task."
                  },
                  "progress_as_of": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The day the percent_complete given with it is true at (default: the day of the plan's status date, else today). Earned value reads progress by this day.",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  }
                }
              },
              "TaskPatch": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 500,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "wbs": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100
                  },
                  "notes": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 10000
                  },
                  "owner": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "priority": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1000
                  },
                  "duration": {
                    "type": "string",
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "milestone": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "calendar_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "constraint": {
                    "type": "string",
                    "enum": [
                      "asap",
                      "alap",
                      "mso",
                      "mfo",
                      "snet",
                      "snlt",
                      "fnet",
                      "fnlt"
                    ]
                  },
                  "constraint_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "actual_start": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "actual_finish": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the start of that day (for deadlines and finishes, its end).",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "percent_complete": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "remaining": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "estimate_optimistic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "estimate_most_likely": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "estimate_pessimistic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working time as people type it: 30m, 4h, 3d, 2w, 1mo; decimals allowed.",
                    "examples": [
                      "3d"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "progress_as_of": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The day the percent_complete given with it is true at (default: the day of the plan's status date, else today). Earned value reads progress by this day.",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                  }
                }
              },
              "TaskBulk": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "action",
                  "task_ids"
                ],
                "properties": {
                  "action": {
                    "type": "string",
                    "enum": [
                      "indent",
                      "outdent",
                      "move",
                      "delete"
                    ]
                  },
                  "task_ids": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "minItems": 1
                  },
                  "before_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "description": "move: land just before this task (and take its parent); absent: the end."
                  }
                }
              },
              "Link": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "predecessor_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "successor_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "type": {
                    "type": "string",
                    "enum": [
                      "FS",
                      "SS",
                      "FF",
                      "SF"
                    ]
                  },
                  "lag": {
                    "type": "string"
                  },
                  "lag_kind": {
                    "type": "string",
                    "enum": [
                      "working",
                      "elapsed",
                      "percent"
                    ]
                  },
                  "lag_minutes": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "lag_percent": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "LinkInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "predecessor_id",
                  "successor_id"
                ],
                "properties": {
                  "predecessor_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "successor_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "type": {
                    "type": "string",
                    "enum": [
                      "FS",
                      "SS",
                      "FF",
                      "SF"
                    ]
                  },
                  "lag": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working lag or lead (2d, -1d), elapsed (2ed), or a whole percentage of the predecessor's duration (50%).",
                    "pattern": "^-?(?:[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w|em|eh|ed|ew)?|[0-9]{1,3}%)$"
                  }
                }
              },
              "LinkPatch": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "type": {
                    "type": "string",
                    "enum": [
                      "FS",
                      "SS",
                      "FF",
                      "SF"
                    ]
                  },
                  "lag": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Working lag or lead (2d, -1d), elapsed (2ed), or a whole percentage of the predecessor's duration (50%).",
                    "pattern": "^-?(?:[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w|em|eh|ed|ew)?|[0-9]{1,3}%)$"
                  }
                }
              },
              "Calendar": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string"
                  },
                  "week": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "mon": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      },
                      "tue": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      },
                      "wed": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      },
                      "thu": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      },
                      "fri": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      },
                      "sat": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      },
                      "sun": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                        }
                      }
                    }
                  },
                  "exceptions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "from"
                      ],
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "from": {
                          "type": "string",
                          "format": "date"
                        },
                        "to": {
                          "type": "string",
                          "format": "date"
                        },
                        "hours": {
                          "type": "array",
                          "items": {
                            "type": "string",
                            "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"
                          }
                        }
                      },
                      "additionalProperties": false
                    },
                    "description": "Replaces the list. Without hours a holiday; with hours a working day (调休 make-up day)."
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "CalendarInput": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "name"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "template": {
                    "type": "string",
                    "enum": [
                      "standard",
                      "24_hours",
                      "china_2026"
                    ]
                  },
                  "template_language": {
                    "type": "string",
                    "enum": [
                      "zh-CN",
                      "en"
                    ],
                    "default": "zh-CN",
                    "description": "Language of the template's holiday names (china_2026)."
                  },
                  "week": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "mon": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "tue": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "wed": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "thu": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "fri": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "sat": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "sun": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      }
                    }
                  },
                  "exceptions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "from"
                      ],
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "from": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        "to": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        "hours": {
                          "type": "array",
                          "items": {
                            "type": "string",
                            "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                          }
                        }
                      },
                      "additionalProperties": false
                    },
                    "description": "Replaces the list. Without hours a holiday; with hours a working day (调休 make-up day)."
                  }
                }
              },
              "CalendarPatch": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "week": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "mon": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "tue": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "wed": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "thu": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "fri": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "sat": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      },
                      "sun": {
                        "type": "array",
                        "items": {
                          "type": "string",
                          "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                        }
                      }
                    }
                  },
                  "exceptions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "from"
                      ],
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "from": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        "to": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                        },
                        "hours": {
                          "type": "array",
                          "items": {
                            "type": "string",
                            "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                          }
                        }
                      },
                      "additionalProperties": false
                    },
                    "description": "Replaces the list. Without hours a holiday; with hours a working day (调休 make-up day)."
                  }
                }
              },
              "Plan": {
                "type": "object",
                "properties": {
                  "set_up": {
                    "type": "boolean"
                  },
                  "settings": {
                    "$ref": "#/components/schemas/ScheduleSettings"
                  },
                  "project_finish": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "calendars": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Calendar"
                    }
                  },
                  "tasks": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Task"
                    }
                  },
                  "links": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Link"
                    }
                  },
                  "baselines": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "number": {
                          "type": "integer"
                        },
                        "name": {
                          "type": "string"
                        },
                        "saved_at": {
                          "type": "string"
                        },
                        "saved_by": {
                          "type": "string"
                        },
                        "tasks": {
                          "type": "integer"
                        }
                      },
                      "additionalProperties": false
                    }
                  }
                },
                "additionalProperties": false
              },
              "SimulationInput": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "iterations": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 1000000,
                    "default": 10000
                  },
                  "seed": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 1,
                    "maximum": 9007199254740991
                  },
                  "distribution": {
                    "type": "string",
                    "enum": [
                      "triangular",
                      "pert"
                    ],
                    "default": "triangular"
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "YYYY-MM-DD (end of that day) or YYYY-MM-DDTHH:MM; the answer then gives the probability of finishing by it.",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  }
                }
              },
              "Simulation": {
                "type": "object",
                "properties": {
                  "iterations": {
                    "type": "integer"
                  },
                  "seed": {
                    "type": "integer"
                  },
                  "distribution": {
                    "type": "string",
                    "enum": [
                      "triangular",
                      "pert"
                    ]
                  },
                  "revision": {
                    "type": "integer",
                    "description": "The plan revision the run used."
                  },
                  "elapsed_ms": {
                    "type": "number"
                  },
                  "uncertain_tasks": {
                    "type": "integer"
                  },
                  "deterministic_finish": {
                    "type": "string"
                  },
                  "deterministic_duration_days": {
                    "type": "number"
                  },
                  "duration": {
                    "type": "object",
                    "properties": {
                      "mean_days": {
                        "type": "number"
                      },
                      "standard_deviation_days": {
                        "type": "number"
                      },
                      "min_days": {
                        "type": "number"
                      },
                      "max_days": {
                        "type": "number"
                      },
                      "percentiles_days": {
                        "type": "object",
                        "description": "Keys P5, P10, … P95.",
                        "additionalProperties": {
                          "type": "number"
                        }
                      },
                      "percentiles_minutes": {
                        "type": "object",
                        "additionalProperties": {
                          "type": "integer"
                        }
                      }
                    },
                    "additionalProperties": false
                  },
                  "finish_percentiles": {
                    "type": "object",
                    "description": "Keys P5 … P95, local ISO date-times.",
                    "additionalProperties": {
                      "type": "string"
                    }
                  },
                  "histogram": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "from_days": {
                          "type": "number"
                        },
                        "to_days": {
                          "type": "number"
                        },
                        "count": {
                          "type": "integer"
                        },
                        "cumulative": {
                          "type": "number"
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "probability_of_deadline": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "schedule_contingency_p80_days": {
                    "type": "number"
                  },
                  "tasks": {
                    "type": "array",
                    "description": "Leaf tasks in outline order with their criticality index.",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "criticality": {
                          "type": "number"
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "sensitivity": {
                    "type": "array",
                    "description": "Spearman rank correlation of each uncertain task's duration and each risk's delay with the project duration, strongest first.",
                    "items": {
                      "type": "object",
                      "properties": {
                        "kind": {
                          "type": "string",
                          "enum": [
                            "task",
                            "risk"
                          ]
                        },
                        "task_id": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "risk_id": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "name": {
                          "type": "string"
                        },
                        "correlation": {
                          "type": "number"
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "risks": {
                    "type": "integer",
                    "description": "Open risks of the register that took part (those with a chance and a delay or cost)."
                  },
                  "cost": {
                    "oneOf": [
                      {
                        "type": "null"
                      },
                      {
                        "type": "object",
                        "required": [
                          "currency",
                          "deterministic",
                          "mean",
                          "standard_deviation",
                          "min",
                          "max",
                          "percentiles",
                          "contingency_p80",
                          "sensitivity"
                        ],
                        "properties": {
                          "currency": {
                            "type": "string"
                          },
                          "deterministic": {
                            "type": "string"
                          },
                          "mean": {
                            "type": "string"
                          },
                          "standard_deviation": {
                            "type": "string"
                          },
                          "min": {
                            "type": "string"
                          },
                          "max": {
                            "type": "string"
                          },
                          "percentiles": {
                            "type": "object",
                            "additionalProperties": {
                              "type": "string"
                            },
                            "description": "Keys P5 … P95."
                          },
                          "budget": {
                            "type": [
                              "string",
                              "null"
                            ],
                            "description": "The approved baseline plus contingency reserve."
                          },
                          "probability_of_budget": {
                            "type": [
                              "number",
                              "null"
                            ]
                          },
                          "probability_of_both": {
                            "type": [
                              "number",
                              "null"
                            ],
                            "description": "On time (with a deadline) and within budget."
                          },
                          "contingency_p80": {
                            "type": "string"
                          },
                          "sensitivity": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "required": [
                                "kind",
                                "name",
                                "correlation"
                              ],
                              "properties": {
                                "kind": {
                                  "type": "string",
                                  "enum": [
                                    "risk",
                                    "cost_account"
                                  ]
                                },
                                "risk_id": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "task_id": {
                                  "type": [
                                    "string",
                                    "null"
                                  ]
                                },
                                "name": {
                                  "type": "string"
                                },
                                "correlation": {
                                  "type": "number"
                                }
                              },
                              "additionalProperties": false
                            }
                          }
                        },
                        "additionalProperties": false
                      }
                    ],
                    "description": "Cost at completion, when cost accounts (estimates or approved budget) or risk costs took part."
                  }
                },
                "additionalProperties": false
              },
              "SimulationRun": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "queued",
                      "running",
                      "stopping",
                      "done",
                      "failed",
                      "cancelled"
                    ]
                  },
                  "iterations": {
                    "type": "integer"
                  },
                  "seed": {
                    "type": "integer"
                  },
                  "distribution": {
                    "type": "string"
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "completed": {
                    "type": "integer"
                  },
                  "progress": {
                    "type": "number",
                    "description": "0…1"
                  },
                  "plan_revision": {
                    "type": "integer"
                  },
                  "stale": {
                    "type": "boolean",
                    "description": "The plan or the register changed since the run was requested."
                  },
                  "requested_by": {
                    "type": "string"
                  },
                  "requested_at": {
                    "type": "string"
                  },
                  "started_at": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "finished_at": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "error": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "result": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Simulation"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "additionalProperties": false
              },
              "CorrelationGroup": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "coefficient",
                  "rank_correlation",
                  "task_ids",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "name": {
                    "type": "string",
                    "description": "What the tasks share (a team, a technology, a supplier)."
                  },
                  "coefficient": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Correlation of every pair of the group's tasks (normal scores)."
                  },
                  "rank_correlation": {
                    "type": "number",
                    "description": "The Spearman rank correlation every pair then shows: (6/π)·asin(ρ/2)."
                  },
                  "task_ids": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "additionalProperties": false
              },
              "CorrelationGroupList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CorrelationGroup"
                    }
                  }
                },
                "additionalProperties": false
              },
              "CorrelationGroupInput": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 200,
                    "description": "Required.",
                    "minLength": 1,
                    "pattern": "\\S"
                  },
                  "coefficient": {
                    "type": [
                      "string",
                      "number"
                    ],
                    "description": "0–1, up to two decimals. Required.",
                    "pattern": "^(?:0?\\.[0-9]{1,2}|0|1(?:\\.00?)?)$",
                    "minimum": 0,
                    "maximum": 1,
                    "multipleOf": 0.01
                  },
                  "task_ids": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "format": "uuid"
                    },
                    "minItems": 2,
                    "description": "Leaf tasks of the plan, none already in another group (422 duplicate with the other group's name). Required when creating."
                  }
                }
              },
              "NetworkFile": {
                "type": "object",
                "description": "A schedule network as `keel schedule` reads it (see docs/scheduling.md). Keys not listed are ignored.",
                "required": [
                  "project_start",
                  "tasks"
                ],
                "properties": {
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "project_start": {
                    "type": "string",
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                  },
                  "status_date": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$",
                    "description": "Local date-time in the project's zone, YYYY-MM-DDTHH:MM; a bare date means the end of that day's working time on the project calendar (17:00 on the standard week)."
                  },
                  "minutes_per_day": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 60,
                    "maximum": 1440
                  },
                  "critical_threshold": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                  },
                  "calendars": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "name"
                      ],
                      "properties": {
                        "name": {
                          "type": "string",
                          "minLength": 1,
                          "pattern": "\\S"
                        },
                        "week": {
                          "type": [
                            "object",
                            "null"
                          ],
                          "properties": {
                            "mon": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            },
                            "tue": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            },
                            "wed": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            },
                            "thu": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            },
                            "fri": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            },
                            "sat": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            },
                            "sun": {
                              "type": "array",
                              "items": {
                                "type": "string",
                                "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                              }
                            }
                          },
                          "additionalProperties": false
                        },
                        "exceptions": {
                          "type": [
                            "array",
                            "null"
                          ],
                          "items": {
                            "type": "object",
                            "required": [
                              "from"
                            ],
                            "properties": {
                              "name": {
                                "type": [
                                  "string",
                                  "null"
                                ]
                              },
                              "from": {
                                "type": "string",
                                "format": "date",
                                "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                              },
                              "to": {
                                "type": [
                                  "string",
                                  "null"
                                ],
                                "format": "date",
                                "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)$"
                              },
                              "hours": {
                                "type": [
                                  "array",
                                  "null"
                                ],
                                "items": {
                                  "type": "string",
                                  "pattern": "^(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
                                }
                              }
                            },
                            "additionalProperties": false
                          }
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "project_calendar": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "tasks": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "id"
                      ],
                      "properties": {
                        "id": {
                          "type": "string",
                          "minLength": 1
                        },
                        "name": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "duration": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                        },
                        "parent": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "milestone": {
                          "type": [
                            "boolean",
                            "null"
                          ]
                        },
                        "calendar": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "constraint": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "enum": [
                            "asap",
                            "alap",
                            "mso",
                            "mfo",
                            "snet",
                            "snlt",
                            "fnet",
                            "fnlt"
                          ]
                        },
                        "constraint_date": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                        },
                        "deadline": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                        },
                        "actual_start": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                        },
                        "actual_finish": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:0[048]|[2468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))-02-29)(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::00)?)?$"
                        },
                        "percent_complete": {
                          "type": [
                            "integer",
                            "null"
                          ],
                          "minimum": 0,
                          "maximum": 100
                        },
                        "remaining": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                        },
                        "wbs": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "notes": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "priority": {
                          "type": [
                            "integer",
                            "null"
                          ],
                          "minimum": 0,
                          "maximum": 1000
                        },
                        "estimate": {
                          "type": [
                            "object",
                            "null"
                          ],
                          "required": [
                            "optimistic",
                            "most_likely",
                            "pessimistic"
                          ],
                          "properties": {
                            "optimistic": {
                              "type": "string",
                              "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                            },
                            "most_likely": {
                              "type": "string",
                              "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                            },
                            "pessimistic": {
                              "type": "string",
                              "pattern": "^[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w)?$"
                            }
                          },
                          "additionalProperties": false
                        }
                      },
                      "additionalProperties": false
                    }
                  },
                  "links": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "object",
                      "required": [
                        "from",
                        "to"
                      ],
                      "properties": {
                        "from": {
                          "type": "string"
                        },
                        "to": {
                          "type": "string"
                        },
                        "type": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "enum": [
                            "FS",
                            "SS",
                            "FF",
                            "SF"
                          ]
                        },
                        "lag": {
                          "type": [
                            "string",
                            "null"
                          ],
                          "pattern": "^-?(?:[0-9]{1,3}(?:\\.[0-9]{1,2})?(?:m|h|d|w|em|eh|ed|ew)?|[0-9]{1,3}%)$"
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
        }
        """#
    }
}
