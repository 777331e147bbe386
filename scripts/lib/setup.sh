# Shared by scripts/test and scripts/demo: install what is missing, configure and build.
# Sourced with $root set to the repository.

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: installing packages needs root; run as root or install sudo" >&2
        exit 1
    fi
}

install_packages() {
    wanted=$(grep -v '^#' "$root/scripts/lib/packages")
    command -v node >/dev/null 2>&1 || wanted="$wanted nodejs"
    command -v npm >/dev/null 2>&1 || wanted="$wanted npm"
    missing=""
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        say "Installing Debian packages:$missing"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    fi
}

install_node_tools() {
    tools="$root/tools/openapi"
    stamp="$tools/node_modules/.package-lock.json"
    if [ ! -f "$stamp" ] || [ "$tools/package-lock.json" -nt "$stamp" ]; then
        say "Installing the OpenAPI validator (npm ci)"
        npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
    fi
}

# configure_and_build PRESET [TARGET...]
configure_and_build() {
    preset=$1
    shift
    launcher=""
    command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    say "Configuring ($preset)"
    # shellcheck disable=SC2086
    cmake --preset "$preset" -S "$root" $launcher >/dev/null
    say "Building"
    if [ $# -gt 0 ]; then
        cmake --build "$root/build/$preset" --parallel "$(nproc)" --target "$@"
    else
        cmake --build "$root/build/$preset" --parallel "$(nproc)"
    fi
}
