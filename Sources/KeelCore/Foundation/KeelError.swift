/// The one error family of Keel. The server maps each case to an RFC 9457 problem; the CLI prints it.
public enum KeelError: Error, Equatable, Sendable {
    /// Input that breaks a rule, with every offending field.
    case validation([FieldError])
    /// Nothing of that kind with that id is visible to the caller.
    case notFound(kind: String, id: String)
    /// The change collides with existing data (a duplicate code, say).
    case conflict(String)
    /// The caller's copy is stale: the object is now at `currentVersion`.
    case versionMismatch(currentVersion: Int64)
    /// The caller may not do this.
    case forbidden
    /// Input that cannot be read at all (malformed JSON, wrong type of body).
    case malformed(String)
    /// Nobody is signed in, or the credentials are wrong or expired.
    case unauthenticated
    /// Too many attempts; try again after the given number of seconds.
    case rateLimited(retryAfterSeconds: Int)
}
