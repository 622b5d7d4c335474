extension Migrations {
    static let v09 = Migration(
        version: 9,
        name: "ledger: the project and date index covers what earned value sums",
        pinned: "04a29c310cc808191d015b128754b748c45d0ce78d5bfe8e0e0ad33aa591a57d"
    ) { _ in
        // Earned value sums a project's actual costs up to a date (per account) or by date; with
        // every column it reads in the index, a million entries are summed without touching the
        // table. The wider index replaces the narrower one, which it serves as well.
        [
            "CREATE INDEX ledger_entries_project_date_cover ON ledger_entries (project_id, entry_date, kind, cost_account_id, amount, reverses)",
            "DROP INDEX ledger_entries_project_date",
        ]
    }
}
