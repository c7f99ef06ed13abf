"""Build CRM Desk for the platform this runs on: one command, one result in ``dist/``.

    python installer/build.py [--dist DIR] [--work DIR] [--no-archive]

- Linux: ``dist/crmdesk/`` (the program, ``install.sh`` for a per-user install with a menu
  entry and icon, ``uninstall.sh``) and ``dist/crmdesk-VERSION-linux-ARCH.tar.gz``.
- macOS: ``dist/CRM Desk.app`` (icon and Info.plist from ``installer/macos``) and, when
  ``hdiutil`` is there, ``dist/CRM-Desk-VERSION.dmg``.
- Windows: ``dist/CRM Desk/`` and, when Inno Setup's ``iscc`` is on PATH (or ``ISCC`` names it),
  ``dist/CRM-Desk-VERSION-setup.exe`` built from ``installer/windows/crmdesk.iss``.

PyInstaller makes the program folder from ``installer/crmdesk.spec``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "crmdesk" / "resources" / "icon"
SPEC = INSTALLER / "crmdesk.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """The version the bundle carries (``crmdesk.__version__``)."""
    sys.path.insert(0, str(ROOT))
    from crmdesk import __version__

    return __version__


def freeze(dist: Path, work: Path) -> None:
    """Run PyInstaller on the spec (a clean build every time)."""
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--clean", "--distpath", str(dist), "--workpath", str(work)]
    )


def linux(dist: Path, archive: bool) -> Path:
    """Add the per-user installer, menu entry and icons; pack the folder as .tar.gz."""
    folder = dist / "crmdesk"
    icons = folder / "icons"
    icons.mkdir(exist_ok=True)
    for size in ICON_SIZES:
        shutil.copy2(ICONS / f"crmdesk-{size}.png", icons)
    shutil.copy2(ICONS / "crmdesk.svg", icons)
    shutil.copy2(INSTALLER / "linux" / "crmdesk.desktop.in", folder)
    for script in ("install.sh", "uninstall.sh"):
        target = folder / script
        shutil.copy2(INSTALLER / "linux" / script, target)
        target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    if not archive:
        return folder
    name = f"crmdesk-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(dist / name, "w:gz") as tar:
        tar.add(folder, arcname=f"crmdesk-{version()}")
    return dist / name


def macos(dist: Path, archive: bool) -> Path:
    """The .app is made by the spec; wrap it in a disk image when hdiutil is there."""
    app = dist / "CRM Desk.app"
    if not archive or shutil.which("hdiutil") is None:
        return app
    image = dist / f"CRM-Desk-{version()}.dmg"
    image.unlink(missing_ok=True)
    # The disk image shows the app beside a link to /Applications: drag one onto the other.
    staging = dist / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)
    (staging / "Applications").symlink_to("/Applications")
    command = ["hdiutil", "create", "-volname", "CRM Desk", "-srcfolder", str(staging)]
    subprocess.run([*command, "-ov", "-format", "UDZO", str(image)], check=True)
    shutil.rmtree(staging)
    return image


def windows(dist: Path, archive: bool) -> Path:
    """Compile the Inno Setup script into a setup program when Inno Setup is installed."""
    folder = dist / "CRM Desk"
    iscc = os.environ.get("ISCC") or shutil.which("iscc") or shutil.which("ISCC")
    if not archive or iscc is None:
        if archive:
            print("Inno Setup (iscc) not found: built the folder only.", file=sys.stderr)
        return folder
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version()}",
            f"/DSourceDir={folder}",
            f"/O{dist}",
            str(INSTALLER / "windows" / "crmdesk.iss"),
        ],
        check=True,
    )
    return dist / f"CRM-Desk-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    """Build, then package for this platform; prints what it made."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where results go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch")
    parser.add_argument("--no-archive", action="store_true", help="the folder only, no package")
    args = parser.parse_args(argv)
    # Absolute paths: Inno Setup resolves a relative SourceDir or /O path against the script's
    # folder (installer/windows), not the folder this command was run from.
    dist, work = args.dist.resolve(), args.work.resolve()
    freeze(dist, work)
    package = {"linux": linux, "darwin": macos, "win32": windows}.get(sys.platform)
    if package is None:
        raise SystemExit(f"No packaging for {sys.platform}; the folder is in {dist}.")
    made = package(dist, not args.no_archive)
    print(f"Built {made}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
