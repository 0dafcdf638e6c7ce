// Strings cut from a letter (s.slice of the text) share the letter's whole text in V8: a memo that keeps one
// as a key or value would keep every letter it ever saw in memory. Memos keep their own copy instead.

/** A copy of `s` that shares no storage with the text it was cut from. */
export function detached(s: string): string {
  // Concatenating and slicing makes V8 copy the characters into a new string of their own.
  return (' ' + s).slice(1);
}
