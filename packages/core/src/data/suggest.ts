function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/**
 * The candidates closest to a mistyped id, best first (edit distance; a candidate containing the text wins).
 * Only near ones: a candidate more than two fifths different from the text (and more than two edits) is no
 * suggestion, so text like nothing known gets none rather than whichever id happens to be least unlike it.
 * @example closestIds('cooper-se', ['cooper-se-f56', 'ora-r1']) // ['cooper-se-f56']
 */
export function closestIds(id: string, candidates: readonly string[], max = 3): string[] {
  const needle = id.toLowerCase().trim();
  return [...candidates]
    .map((v) => ({
      v,
      d: v.includes(needle) && needle.length > 2 ? distance(needle, v) / 4 : distance(needle, v),
    }))
    .sort((a, b) => a.d - b.d)
    .filter((x) => x.d <= Math.max(2, 0.4 * Math.max(needle.length, x.v.length)))
    .slice(0, max)
    .map((x) => x.v);
}
