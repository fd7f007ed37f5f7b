//! Files for this person's eyes only. Everything Harbour writes (the vault,
//! backups, exports, recovery-key and invite files, sync files) is readable
//! by the user alone: files 0600 and folders 0700 on Unix, whatever the
//! umask says. Files are written whole or not at all.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically: a temp file beside it (created
/// 0600), fsynced, then renamed over `path`. An interrupted write never
/// leaves a half file under the chosen name.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path has no file name"))?;
    let tmp = path.with_file_name(format!(".{}.partial", name.to_string_lossy()));
    // A leftover from an interrupted write may have other permissions: a
    // new file gets 0600, an existing one would keep its own.
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut f = private_options().create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Options that create a file readable and writable by this user only
/// (truncating one that exists).
pub fn private_options() -> std::fs::OpenOptions {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o
}

/// Creates `dir` and any missing parents, each new one 0700, and makes `dir`
/// itself 0700 if it already existed.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)?;
    make_private(dir, 0o700)
}

/// Sets `path`'s permission bits (Unix; elsewhere the user's profile folder
/// is private already).
pub fn make_private(path: &Path, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}
