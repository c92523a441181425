//! The jne-server binary as an operator meets it: bad input, the address line, SIGTERM.

mod common;

use std::process::{Command, Stdio};

use common::BIN;

#[test]
fn bad_command_line_input_says_what_is_wrong_and_exits_2() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let dist = common::dist_with_app(dirs.path());
    let cases: [(&[&str], &str); 3] = [
        (&["--listen", "not-an-address"], "--listen"),
        (&["--bogus"], "--bogus"),
        (&["--dist", "/no/such/folder"], "index.html"),
    ];
    for (args, mention) in cases {
        let mut command = Command::new(BIN);
        command.args(["--data", &dirs.path().join("data").display().to_string()]);
        if !args.contains(&"--dist") {
            command.args(["--dist", &dist.display().to_string()]);
        }
        let output = command.args(args).output().expect("run jne-server");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(mention), "{args:?}: {stderr}");
    }
}

#[test]
fn prints_its_address_and_stops_cleanly_on_sigterm() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let (mut child, line) = common::spawn_binary(dirs.path(), &["--demo"], &[], Stdio::null());
    assert!(
        line.starts_with("jne-server listening on http://127.0.0.1:"),
        "{line}"
    );

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let exit = child.wait().expect("wait");
    assert!(exit.success(), "graceful shutdown exits 0, got {exit}");
}
