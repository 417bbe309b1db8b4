/**
 * What a calculator or compare page says instead of an answer while it works out the one for its address
 * (shown only then; see the layout's first script), and without JavaScript, where the answer for the inputs
 * in an address cannot be worked out, so no answer is shown at all rather than one for other inputs.
 */
export function Pending({ what }: { what: string }) {
  return (
    <>
      <p className="pending-note muted" role="status">
        Working out {what}…
      </p>
      <noscript>
        <p className="note js-off-note">
          This page works out its answer in your browser, and JavaScript is off: turn it on to see the answer
          for the inputs in this address. Every car’s figures and sources are on its page under{' '}
          <a href="/models">Models</a>.
        </p>
        <style>{'.calc-live{display:none}'}</style>
      </noscript>
    </>
  );
}
