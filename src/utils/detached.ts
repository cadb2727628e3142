/**
 * A copy of `text` that shares no memory with the string it was cut from. A token's value or a
 * name is a slice of its file's text, and in V8 a slice of 13 or more characters keeps the whole
 * text alive: a process-wide cache keyed by slices would hold every file it ever saw, and a long
 * lint run would pay for that heap in garbage collection. Called only when a cache stores a new key.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
