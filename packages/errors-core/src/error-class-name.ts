const names = /* @__PURE__ */ new Map<string, string>();

/**
 * The class name of a code, converted mechanically so that users can write it
 * from the code: `IMAGE_NO_FACE_DETECTED` → `ImageNoFaceDetectedError`. Cached,
 * since every error built asks for it.
 */
export function errorClassName(code: string): string {
  let name = names.get(code);
  if (name === undefined) {
    name = `${code.toLowerCase().replace(/(?:^|_+)([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())}Error`;
    names.set(code, name);
  }
  return name;
}
