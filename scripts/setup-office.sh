#!/usr/bin/env bash
# Installs what the rendering tests need to turn an exported .docx into a PDF and read it back, from
# Debian's packages: LibreOffice Writer without its GUI (soffice --headless --convert-to pdf), fonts
# with every Vietnamese letter that stand in metrically for Times New Roman (Liberation Serif), and
# poppler-utils (pdfinfo, pdftotext, pdftoppm). Idempotent: a second run installs nothing.
#   SKIP_APT=1   install nothing, only report what is there (for a machine set up otherwise)
set -euo pipefail

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q 'LiberationSerif-Regular' || need+=(fonts-liberation2)
command -v fc-match >/dev/null 2>&1 || need+=(fontconfig)

if [ "${#need[@]}" -gt 0 ]; then
  if [ "${SKIP_APT:-0}" = "1" ]; then
    echo "setup-office: missing ${need[*]} (SKIP_APT=1: not installing)" >&2
  else
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists are fetched once: only when apt has none yet, or the first install fails on them.
    if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then $sudo apt-get update -qq; fi
    if ! $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"; then
      $sudo apt-get update -qq
      $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
    fi
  fi
fi

status=0
for tool in soffice pdfinfo pdftotext pdftoppm fc-match; do
  if command -v "$tool" >/dev/null 2>&1; then echo "setup-office: $tool: $(command -v "$tool")"; else echo "setup-office: $tool: MISSING" >&2; status=1; fi
done
if command -v fc-match >/dev/null 2>&1; then
  # What LibreOffice will print for the export's font: Liberation Serif has the same metrics as Times New Roman.
  echo "setup-office: Times New Roman -> $(fc-match 'Times New Roman')"
  echo "setup-office: Times New Roman bold -> $(fc-match 'Times New Roman:bold')"
fi
exit "$status"
