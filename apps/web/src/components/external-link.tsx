/** A web address as a link that opens in a new tab, which it says to those who do not see it. */
export function ExternalLink({ href, newTabText }: { href: string; newTabText: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {href}
      <span className="visually-hidden"> {newTabText}</span>
    </a>
  );
}
