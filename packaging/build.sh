#!/usr/bin/env bash
# Build the bundle (see packaging/build.py for the options): packaging/build.sh [--smoke]
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" packaging/build.py "$@"
