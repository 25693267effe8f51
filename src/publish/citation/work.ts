/** A cited work, independent of any citation style. */

export type WorkType =
  /** An article in a newspaper (GB/T 7714 [N]). */
  | 'newspaper'
  /** An article in a periodical (GB/T 7714 [J]). */
  | 'journal'
  /** An item published on a website, such as a news portal or an online interview column ([EB/OL]). */
  | 'web'
  /** The form of publication is not known ([Z], 其他). */
  | 'unknown'
  /** A page of this site ([EB/OL] with its URL and access date). */
  | 'site-page';

export interface CitedDate {
  /** ISO date at its precision: 2019-07-22, 2019-07 or 2019. */
  value: string;
  precision: 'day' | 'month' | 'year';
  /** The date is an estimate (the source does not state it). */
  approximate: boolean;
}

export interface Responsible {
  name: string;
  kind: 'person' | 'organization';
}

export interface Work {
  /** ASCII key for BibTeX and CSL-JSON: letters, digits, "-". */
  key: string;
  type: WorkType;
  /** Empty when no author is known; never guessed. */
  authors: Responsible[];
  title: string;
  /** The title was devised by the editors (not the original headline). */
  titleSupplied?: boolean;
  /** 其他题名信息, e.g. 术语释义. */
  subtitle?: string;
  /** Newspaper, periodical or website; undefined when unknown. */
  container?: string;
  /** The container's name was inferred, not stated in the source. */
  containerSupplied?: boolean;
  /** Publication date; undefined when unknown. */
  issued?: CitedDate;
  url?: string;
  /** YYYY-MM-DD */
  accessed?: string;
  /**
   * The cited place inside the work, in Chinese: 第12行 (a paragraph of a source's
   * original text, by its line in the archive file). GB/T 7714 gives it where a
   * page number goes; BibTeX and CSL-JSON, whose entries have no field for it, in the note.
   */
  locator?: string;
  /** A short note in Chinese, e.g. why a date is an estimate. */
  note?: string;
  /** BCP 47 language of the work. */
  language: string;
}
