//! What opens the app: an invite (`harbour://invite#…`), a device link
//! (`harbour://device#…`), or an update file chosen in the file manager. The
//! shell keeps the last one until the window asks for it; the window only fills
//! it in or offers it, and nothing is joined or opened without the person's tap.

use harbour_api::links::*;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The longest link taken (an invite is a few hundred characters).
const MAX_LINK: usize = 4096;

/// An invite or device link, or `None` for anything else: another scheme,
/// host or shape is ignored, never passed on.
pub fn parse_opened_link(url: &str) -> Option<OpenedLink> {
    let url = url.trim();
    let (host, fragment) = url.strip_prefix("harbour://")?.split_once('#')?;
    let kind = match host {
        "invite" => OpenedLinkKind::Invite,
        "device" => OpenedLinkKind::Device,
        _ => return None,
    };
    if fragment.is_empty() || url.len() > MAX_LINK {
        return None;
    }
    Some(OpenedLink {
        kind,
        link: url.to_string(),
    })
}

/// An update file the app was opened with, read at once (the file may be
/// moved or deleted after) and kept until the person taps to open it.
#[derive(Clone, PartialEq, Eq)]
pub struct OpenedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for OpenedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OpenedFile({}, {} bytes)", self.name, self.bytes.len())
    }
}

impl OpenedFile {
    /// What the window is told: the file's name, never its bytes.
    pub fn link(&self) -> OpenedLink {
        OpenedLink {
            kind: OpenedLinkKind::UpdateFile,
            link: self.name.clone(),
        }
    }
}

/// The update file one of the app's arguments names: a path (relative to
/// `cwd`, the launching process's folder) or a `file://` URL, ending
/// `.harbour`, a regular file no larger than an update file may be, that
/// starts as an update file does. Anything else is `None`: a backup (also
/// `.harbour`), a folder, a device file, a missing or unreadable file.
pub fn read_opened_file(arg: &str, cwd: &Path) -> Option<OpenedFile> {
    let arg = arg.trim();
    let path = if arg.starts_with("file:") {
        url::Url::parse(arg).ok()?.to_file_path().ok()?
    } else if arg.is_empty() || arg.starts_with('-') || arg.contains("://") {
        return None;
    } else {
        cwd.join(PathBuf::from(arg))
    };
    if path.extension()? != "harbour" {
        return None;
    }
    let meta = std::fs::metadata(&path).ok()?;
    let max = harbour_sync::bundle::MAX_BUNDLE;
    if !meta.is_file() || meta.len() > max as u64 {
        return None;
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(&path)
        .ok()?
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() > max || !bytes.starts_with(&harbour_sync::bundle::MAGIC) {
        return None;
    }
    Some(OpenedFile {
        name: path.file_name()?.to_string_lossy().into_owned(),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_invite_and_device_links_are_taken() {
        let invite = parse_opened_link(" harbour://invite#v2.abc \n").unwrap();
        assert_eq!(invite.kind, OpenedLinkKind::Invite);
        assert_eq!(invite.link, "harbour://invite#v2.abc");
        let device = parse_opened_link("harbour://device#xyz").unwrap();
        assert_eq!(device.kind, OpenedLinkKind::Device);
        for other in [
            "harbour://invite",
            "harbour://invite#",
            "harbour://settings#x",
            "https://invite#x",
            "harbour:invite#x",
            "/home/someone/update.harbour",
            "--some-flag",
        ] {
            assert_eq!(parse_opened_link(other), None, "{other}");
        }
        let long = format!("harbour://invite#{}", "a".repeat(MAX_LINK));
        assert_eq!(parse_opened_link(&long), None);
    }

    #[test]
    fn only_a_readable_update_file_is_taken_from_a_path_or_file_url() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("my files");
        std::fs::create_dir(&dir).unwrap();
        let mut update = harbour_sync::bundle::MAGIC.to_vec();
        update.extend_from_slice(b"rest of an update file");
        std::fs::write(dir.join("from Sam.harbour"), &update).unwrap();

        let by_path = read_opened_file(dir.join("from Sam.harbour").to_str().unwrap(), tmp.path());
        let file = by_path.expect("an absolute path");
        assert_eq!(file.name, "from Sam.harbour");
        assert_eq!(file.bytes, update);
        assert_eq!(file.link().kind, OpenedLinkKind::UpdateFile);
        assert_eq!(file.link().link, "from Sam.harbour");
        let relative = read_opened_file("from Sam.harbour", &dir);
        assert_eq!(
            relative.as_ref(),
            Some(&file),
            "relative to the launch folder"
        );
        let url = url::Url::from_file_path(dir.join("from Sam.harbour")).unwrap();
        assert!(url.as_str().contains("%20"), "{url}");
        assert_eq!(read_opened_file(url.as_str(), Path::new("/")), Some(file));

        std::fs::write(dir.join("backup.harbour"), b"HARBOUR-BACKUP\n\0...").unwrap();
        std::fs::write(dir.join("notes.txt"), &update).unwrap();
        std::fs::write(dir.join("empty.harbour"), b"").unwrap();
        std::fs::create_dir(dir.join("folder.harbour")).unwrap();
        for other in [
            "backup.harbour",
            "notes.txt",
            "empty.harbour",
            "folder.harbour",
            "missing.harbour",
            "harbour://invite#x",
            "https://example.org/a.harbour",
            "--flag.harbour",
            "",
        ] {
            assert_eq!(read_opened_file(other, &dir), None, "{other}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/dev/zero", dir.join("endless.harbour")).unwrap();
            assert_eq!(
                read_opened_file("endless.harbour", &dir),
                None,
                "a device file"
            );
        }
    }
}
