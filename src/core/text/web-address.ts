/**
 * Recognises a whole chunk (text between spaces, with surrounding
 * punctuation already removed) as a URL, e-mail address or bare domain
 * such as "intisari-online.com". Every pattern is anchored and built from
 * classes that cannot overlap, so matching stays linear.
 */
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/iu;
const EMAIL = /^[\p{L}\p{Nd}_%+-]+(?:\.[\p{L}\p{Nd}_%+-]+)*@[\p{L}\p{Nd}-]+(?:\.[\p{L}\p{Nd}-]+)+$/u;
const DOMAIN =
  /^[\p{L}\p{Nd}-]+(?:\.[\p{L}\p{Nd}-]+)*\.(?:com|net|org|id|co|go|ac|or|sch|web|my|gov|edu|info|io|uk|us|au|sg|ru|kz|news|tv|me|biz|asia|int)(?:\/\S*)?$/u;

export function isWebAddress(text: string): boolean {
  return URL.test(text) || EMAIL.test(text) || DOMAIN.test(text);
}
