import { keptRuns } from '../lib/kept';

/** Core's text, a number never parted from its unit at the end of a line; the text itself is unchanged. */
export function Kept({ text }: { text: string }) {
  // The runs of one text never move, so their place is their key.
  return keptRuns(text).map((r, i) =>
    r.nowrap ? (
      <span className="nw" key={i}>
        {r.text}
      </span>
    ) : (
      r.text
    ),
  );
}
