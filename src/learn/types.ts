/** Which articles are one site's: by extracted site, else url host, else the feed or folder. */
export interface Group {
  /** Unique among groups: `site:<name>`, `host:<host>`, or `feed:<path>`. */
  key: string;
  site: string | null;
  host: string | null;
  /** Shown in tables and used for rule ids. */
  label: string;
}

export interface LearnItem {
  group: Group;
  title: string | null;
  /** The cleaned body, paragraphs separated by blank lines. */
  text: string;
}

/** Where a piece stood in its article. */
export type Position = 'head' | 'tail' | 'body';
