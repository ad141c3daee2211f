#!/usr/bin/env bash
# Installs the external tools that the export tests use as real consumers. Tests skip when absent.
set -euo pipefail
echo "install-test-tools: nothing yet"
