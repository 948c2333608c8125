#!/usr/bin/env bash
# macOS: sign dist/Commissioner.app, wrap it in a .dmg, notarize and staple it.
#
# Run on a Mac from anywhere, after packaging/build.sh has made dist/Commissioner.app.
# Output: dist/Commissioner-<version>-macos-<arch>.dmg
#
# Everything is driven by environment variables (set them as CI secrets; see packaging/README.md):
#   MACOS_SIGN_IDENTITY     codesign identity, e.g. "Developer ID Application: Name (TEAMID)".
#                           Unset: an unsigned .dmg for testing; Gatekeeper will refuse it
#                           on other Macs.
#   MACOS_KEYCHAIN          keychain that holds the identity (default: the search list).
#   Notarization (needs a signed build), one of:
#   MACOS_NOTARY_PROFILE    a profile saved with `xcrun notarytool store-credentials`;
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (app-specific password);
#   MACOS_NOTARY_KEY (path to an App Store Connect .p8 key), MACOS_NOTARY_KEY_ID,
#                           MACOS_NOTARY_ISSUER.
#   None set: the .dmg is signed but not notarized.
set -euo pipefail
cd "$(dirname "$0")/../.."

app="dist/Commissioner.app"
entitlements="packaging/macos/entitlements.plist"
[[ -d "$app" ]] || { echo "no $app: run packaging/build.sh first" >&2; exit 1; }

# Name and version as the spec wrote them into the bundle (from the package).
plist="$app/Contents/Info.plist"
name=$(/usr/libexec/PlistBuddy -c "Print CFBundleName" "$plist")
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$plist")
dmg="dist/$name-$version-macos-$(uname -m).dmg"

identity="${MACOS_SIGN_IDENTITY:-}"
keychain_args=()
[[ -n "${MACOS_KEYCHAIN:-}" ]] && keychain_args=(--keychain "$MACOS_KEYCHAIN")

sign() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" \
        --sign "$identity" ${keychain_args[@]+"${keychain_args[@]}"} "$@"
}

if [[ -n "$identity" ]]; then
    echo "signing $app as $identity"
    # Inside out, without --deep (Apple advises against it): every Mach-O file (Python
    # extensions, dylibs, Qt plugins and framework binaries), then the frameworks, then the app.
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q "Mach-O"; then sign "$file"; fi
    done < <(find "$app/Contents" -type f ! -path "$app/Contents/MacOS/$name" -print0)
    while IFS= read -r -d '' framework; do
        sign "$framework"
    done < <(find "$app/Contents" -type d -name "*.framework" -prune -print0)
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "MACOS_SIGN_IDENTITY is not set: making an UNSIGNED .dmg (fine for testing only)"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$name $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [[ -n "$identity" ]]; then
    codesign --force --timestamp --sign "$identity" ${keychain_args[@]+"${keychain_args[@]}"} "$dmg"
fi

notary_args=()
if [[ -n "${MACOS_NOTARY_PROFILE:-}" ]]; then
    notary_args=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [[ -n "${MACOS_NOTARY_APPLE_ID:-}" ]]; then
    notary_args=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
        --password "$MACOS_NOTARY_PASSWORD")
elif [[ -n "${MACOS_NOTARY_KEY:-}" ]]; then
    notary_args=(--key "$MACOS_NOTARY_KEY" --key-id "$MACOS_NOTARY_KEY_ID"
        --issuer "$MACOS_NOTARY_ISSUER")
fi

if [[ ${#notary_args[@]} -gt 0 ]]; then
    [[ -n "$identity" ]] || { echo "notarization needs a signed build (MACOS_SIGN_IDENTITY)" >&2; exit 1; }
    echo "notarizing $dmg (this waits for Apple's answer)"
    result=$(xcrun notarytool submit "$dmg" "${notary_args[@]}" --wait --output-format json)
    status=$(python3 -c 'import json, sys; print(json.load(sys.stdin).get("status"))' <<<"$result")
    if [[ "$status" != "Accepted" ]]; then
        id=$(python3 -c 'import json, sys; print(json.load(sys.stdin).get("id"))' <<<"$result")
        echo "notarization: $status" >&2
        xcrun notarytool log "$id" "${notary_args[@]}" >&2 || true
        exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
else
    echo "no MACOS_NOTARY_* variables: the .dmg is not notarized"
fi

echo "made $dmg ($(du -sh "$dmg" | cut -f1))"
