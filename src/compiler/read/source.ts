/** A file's text as read, under the path shown to the user in diagnostics. */
export interface SourceFile {
  path: string;
  text: string;
}
