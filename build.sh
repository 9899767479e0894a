#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Sets up a Debian 12 machine for GridWall, builds it, and opens the wall or runs the
# tests. Run it without arguments for the list of commands.
set -euo pipefail

SOURCE_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
readonly SOURCE_DIR
readonly PACKAGE_LIST="$SOURCE_DIR/scripts/debian-packages.txt"

# A relative GW_BUILD_DIR is resolved against the current directory.
BUILD_DIR="$(realpath -m -- "${GW_BUILD_DIR:-$SOURCE_DIR/build}")"
readonly BUILD_DIR
readonly QT6_BUILD_DIR="$BUILD_DIR-qt6"
readonly GRIDWALL="$BUILD_DIR/src/app/gridwall"
readonly DEMO_DATA="$BUILD_DIR/demo/wangjiaqiao.gpkg"
readonly SCREENSHOT_DIR="$BUILD_DIR/screenshots"

# Package names from the package list, set by read_package_list.
PACKAGES=()

usage()
{
  cat <<'EOF'
Usage: ./build.sh COMMAND [ARGUMENTS]

Commands:
  wall [ARGS]  Set up, build, create the demo data if it is missing or older than
               the gridwall binary, and open the wall on it. ARGS are passed on to
               'gridwall wall', for example --lang en. Without a display (DISPLAY
               and WAYLAND_DISPLAY empty), renders the wall offscreen and writes
               PNG screenshots to build/screenshots instead.
  test         Set up, build, run the whole test suite, then build core and store
               against Qt 6 in build-qt6/ and run their tests. Exits non-zero if
               any build or test fails.
  build        Set up and build only.
  help         Print this text.

Set-up installs the packages listed in scripts/debian-packages.txt that are not
installed yet (through sudo unless run as root) and builds a RelWithDebInfo tree
in build/ with CMake and Ninja, on all processor cores.

Environment:
  GW_BUILD_DIR  Build folder instead of build/ in the source tree. The Qt 6 tree
                goes to the same path with "-qt6" appended.
EOF
}

say()
{
  printf 'build.sh: %s\n' "$*"
}

step()
{
  printf '\n==> %s\n' "$*"
}

die()
{
  printf 'build.sh: error: %s\n' "$*" >&2
  exit 1
}

has_display()
{
  [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]
}

# Fills PACKAGES from the package list: one name a line, '#' starts a comment.
read_package_list()
{
  local line
  local line_number=0
  local -a words

  [[ -r $PACKAGE_LIST ]] || die "package list not found: $PACKAGE_LIST"

  PACKAGES=()
  while IFS= read -r line || [[ -n $line ]]; do
    line_number=$((line_number + 1))
    read -r -a words <<<"${line%%#*}"
    if ((${#words[@]} > 1)); then
      die "invalid line $line_number in $PACKAGE_LIST: expected one package name, found '${words[*]}'"
    fi
    if ((${#words[@]} == 1)); then
      PACKAGES+=("${words[0]}")
    fi
  done <"$PACKAGE_LIST"

  ((${#PACKAGES[@]} > 0)) || die "no package names found in $PACKAGE_LIST"
}

# Prints the given packages that dpkg does not list as installed, one a line.
list_missing_packages()
{
  local package
  local -A installed=()

  # dpkg-query exits non-zero when a package is unknown to it, but it still prints
  # the status of every package it finds, which is all this function needs.
  while read -r package; do
    installed[$package]=1
  done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null |
    awk '$2 == "installed" { print $1 }' || true)

  for package in "$@"; do
    if [[ -z ${installed[$package]:-} ]]; then
      printf '%s\n' "$package"
    fi
  done
}

warn_unless_debian_12()
{
  local release=""

  if [[ -r /etc/os-release ]]; then
    # shellcheck source=/dev/null
    release="$(. /etc/os-release && printf '%s %s' "${ID:-}" "${VERSION_ID:-}")"
  fi
  if [[ $release != "debian 12" ]]; then
    say "warning: written for Debian 12, but this is '${release:-unknown}'. Package names in $PACKAGE_LIST may differ here."
  fi
}

install_debian_packages()
{
  local -a missing
  local -a sudo=()

  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    say "dpkg-query or apt-get not found, so the Debian packages are not checked. Install the equivalents of $PACKAGE_LIST yourself."
    return 0
  fi

  read_package_list
  mapfile -t missing < <(list_missing_packages "${PACKAGES[@]}")
  if ((${#missing[@]} == 0)); then
    say "all ${#PACKAGES[@]} Debian packages from scripts/debian-packages.txt are installed"
    return 0
  fi

  warn_unless_debian_12
  step "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  if ((EUID != 0)); then
    command -v sudo >/dev/null ||
      die "sudo not found, so the missing packages cannot be installed: run ./build.sh as root or install sudo"
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update ||
    die "apt-get update failed (output above)"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" ||
    die "apt-get install failed (output above)"

  mapfile -t missing < <(list_missing_packages "${PACKAGES[@]}")
  if ((${#missing[@]} > 0)); then
    die "still not installed after apt-get install: ${missing[*]}"
  fi
}

# CMake cannot switch the generator of an existing tree, and its own message
# does not say which folder to remove.
check_generator()
{
  local dir="$1"
  local cache="$dir/CMakeCache.txt"
  local generator

  [[ -f $cache ]] || return 0
  generator="$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$cache")"
  if [[ $generator != "Ninja" ]]; then
    die "$dir was configured with the '$generator' generator, but build.sh uses Ninja: delete $dir or set GW_BUILD_DIR to another folder"
  fi
}

# Configures and builds one tree. Extra arguments go to the CMake configure step.
build_tree()
{
  local dir="$1"
  shift

  check_generator "$dir"
  if ! cmake -S "$SOURCE_DIR" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"; then
    die "configuring $dir failed (CMake output above)"
  fi
  if ! cmake --build "$dir" --parallel "$(nproc)"; then
    die "building $dir failed (compiler output above)"
  fi
}

set_up()
{
  step "Checking Debian packages"
  install_debian_packages

  step "Building GridWall in $BUILD_DIR"
  build_tree "$BUILD_DIR"
}

# Regenerates the demo data when the binary is newer, because a newer binary
# may write a newer schema or different demo content.
create_demo_data()
{
  [[ -x $GRIDWALL ]] ||
    die "gridwall not found at $GRIDWALL after the build: check that src/app still builds the gridwall target"

  if [[ -f $DEMO_DATA && ! $GRIDWALL -nt $DEMO_DATA ]]; then
    say "demo data is up to date: $DEMO_DATA"
    return 0
  fi

  step "Creating demo data $DEMO_DATA"
  mkdir -p -- "$(dirname -- "$DEMO_DATA")"
  rm -f -- "$DEMO_DATA" "$DEMO_DATA-wal" "$DEMO_DATA-shm"
  # A half-written file would look up to date on the next run, so remove it.
  if ! "$GRIDWALL" demo-data "$DEMO_DATA"; then
    rm -f -- "$DEMO_DATA" "$DEMO_DATA-wal" "$DEMO_DATA-shm"
    die "gridwall demo-data failed (output above), so $DEMO_DATA was not created"
  fi
}

# Opens the wall on the demo data. Arguments are passed on to 'gridwall wall'.
open_wall()
{
  local -a screenshots

  if has_display; then
    step "Opening the wall"
    exec "$GRIDWALL" wall --data "$DEMO_DATA" "$@"
  fi

  say "no display (DISPLAY and WAYLAND_DISPLAY are empty), so the wall is rendered offscreen to $SCREENSHOT_DIR instead"
  mkdir -p -- "$SCREENSHOT_DIR"
  # Old screenshots would hide a run that wrote none.
  rm -f -- "$SCREENSHOT_DIR"/*.png
  if ! QT_QPA_PLATFORM=offscreen "$GRIDWALL" wall --data "$DEMO_DATA" --screenshot "$SCREENSHOT_DIR" "$@"; then
    die "gridwall wall --screenshot failed (output above)"
  fi

  shopt -s nullglob
  screenshots=("$SCREENSHOT_DIR"/*.png)
  shopt -u nullglob
  ((${#screenshots[@]} > 0)) || die "gridwall wall --screenshot wrote no PNG file to $SCREENSHOT_DIR"
  say "screenshots of the wall:"
  printf '  %s\n' "${screenshots[@]}"
}

# Runs one ctest tree. Fails when a test fails and when the tree has no tests,
# so that a broken test registration cannot pass as a green run.
run_ctest()
{
  ctest --test-dir "$1" --output-on-failure --no-tests=error -j2
}

run_tests()
{
  local -a failed=()

  step "Running the test suite in $BUILD_DIR"
  if ! run_ctest "$BUILD_DIR"; then
    failed+=("$BUILD_DIR")
  fi

  # The Qt 6 tree is built even when the Qt 5 tests fail, so one run reports both.
  step "Building core and store against Qt 6 in $QT6_BUILD_DIR"
  build_tree "$QT6_BUILD_DIR" -DGW_CORE_ONLY=ON -DGW_QT_VERSION_MAJOR=6

  step "Running the core and store tests against Qt 6"
  if ! run_ctest "$QT6_BUILD_DIR"; then
    failed+=("$QT6_BUILD_DIR")
  fi

  if ((${#failed[@]} > 0)); then
    local folders
    printf -v folders '%s, ' "${failed[@]}"
    die "tests failed in ${folders%, } (ctest output above)"
  fi
  say "all tests passed, with Qt 5 and with Qt 6"
}

reject_arguments()
{
  local command="$1"
  shift

  if (($# > 0)); then
    printf "build.sh: error: '%s' takes no arguments, but got: %s\n\n" "$command" "$*" >&2
    usage >&2
    exit 2
  fi
}

main()
{
  local command="${1:-}"

  case "$command" in
    "" | help | -h | --help)
      usage
      ;;
    build)
      shift
      reject_arguments build "$@"
      set_up
      ;;
    test)
      shift
      reject_arguments test "$@"
      set_up
      run_tests
      ;;
    wall)
      shift
      set_up
      if ! has_display; then
        # Also for demo-data: a subcommand that creates a QGuiApplication aborts
        # without a display unless the platform plugin is offscreen.
        export QT_QPA_PLATFORM=offscreen
      fi
      create_demo_data
      open_wall "$@"
      ;;
    *)
      printf "build.sh: error: unknown command '%s'\n\n" "$command" >&2
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
