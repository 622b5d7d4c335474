extension PlatformModule {
    /// This module's part of the OpenAPI document: its paths, the schemas only it uses and its tags.
    /// `OpenAPIDocument` joins it with the platform's base (`Assets/openapi.json`) and the other parts.
    var openAPI: String {
        #"""
        {
          "tags": [
            {
              "name": "Operations",
              "description": "Liveness with the database check, Prometheus metrics, this document."
            }
          ],
          "paths": {
            "/healthz": {
              "get": {
                "tags": [
                  "Operations"
                ],
                "summary": "Liveness with a database check",
                "responses": {
                  "200": {
                    "description": "Healthy.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "Database unreachable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/metrics": {
              "get": {
                "tags": [
                  "Operations"
                ],
                "summary": "Prometheus metrics",
                "responses": {
                  "200": {
                    "description": "Text exposition format.",
                    "content": {
                      "text/plain": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            },
            "/openapi.json": {
              "get": {
                "tags": [
                  "Operations"
                ],
                "summary": "This document",
                "responses": {
                  "200": {
                    "description": "OpenAPI 3.1.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  }
                },
                "security": []
              }
            }
          }
        }
        """#
    }
}
