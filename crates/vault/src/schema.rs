//! Numbered migrations, tracked in SQLite's `user_version`. Each runs in its
//! own transaction together with the version bump, so a crash leaves the file
//! at one version or the next, never between.

use rusqlite::Connection;

use crate::{Result, VaultError};

/// Migration N (1-based) is `MIGRATIONS[N - 1]`. Append only; never edit.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: key header, documents (snapshot + incremental chunks), materialised
    // views, settings, and the sealed catalog of what exists. Names are stored as keyed MACs; every blob is sealed.
    "CREATE TABLE header (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        format_version INTEGER NOT NULL,
        vault_id BLOB NOT NULL,
        kdf_m_kib INTEGER NOT NULL,
        kdf_t INTEGER NOT NULL,
        kdf_p INTEGER NOT NULL,
        salt BLOB NOT NULL,
        pass_wrap BLOB NOT NULL,
        recovery_wrap BLOB NOT NULL,
        mac BLOB NOT NULL
    ) STRICT;
    CREATE TABLE docs (
        id INTEGER PRIMARY KEY,
        name_mac BLOB NOT NULL UNIQUE,
        meta BLOB NOT NULL
    ) STRICT;
    CREATE TABLE chunks (
        id INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    ) STRICT;
    CREATE INDEX chunks_by_doc ON chunks(doc, id);
    CREATE TABLE views (
        id INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
        kind_mac BLOB NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (doc, kind_mac)
    ) STRICT;
    CREATE TABLE settings (
        id INTEGER PRIMARY KEY,
        key_mac BLOB NOT NULL UNIQUE,
        data BLOB NOT NULL
    ) STRICT;
    CREATE TABLE catalog (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        data BLOB NOT NULL
    ) STRICT;",
    // 2: no change to the tables. From here on, writers keep views current
    // that an older Harbour would leave stale (the plan's whole state next to
    // its crisis view), so an older Harbour must refuse the file: it reads
    // this version as too new.
    "SELECT 1;",
];

pub(crate) fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

pub(crate) fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the file up to `target` (normally [`latest`]).
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let current = version(conn)?;
    if current > latest() {
        return Err(VaultError::TooNew {
            found: current,
            supported: latest(),
        });
    }
    if current < 0 {
        return Err(VaultError::corrupt("negative schema version"));
    }
    for n in current + 1..=target.min(latest()) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(MIGRATIONS[(n - 1) as usize])?;
        tx.pragma_update(None, "user_version", n)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut s = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        s.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    }

    #[test]
    fn migrations_run_in_order_once_each() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(version(&conn).unwrap(), 0);
        for n in 1..=latest() {
            migrate_to(&mut conn, n).unwrap();
            assert_eq!(version(&conn).unwrap(), n);
        }
        assert_eq!(
            tables(&conn),
            ["catalog", "chunks", "docs", "header", "settings", "views"]
        );
        // Re-running is a no-op, not a "table exists" failure.
        migrate_to(&mut conn, latest()).unwrap();
        assert_eq!(version(&conn).unwrap(), latest());
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE docs (x)").unwrap();
        assert!(migrate_to(&mut conn, latest()).is_err());
        assert_eq!(version(&conn).unwrap(), 0);
        assert_eq!(tables(&conn), ["docs"]);
    }

    #[test]
    fn newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", latest() + 1)
            .unwrap();
        assert!(matches!(
            migrate_to(&mut conn, latest()),
            Err(VaultError::TooNew { .. })
        ));
    }
}
