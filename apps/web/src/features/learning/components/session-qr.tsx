/**
 * A session's check-in link and its QR code, to show on a screen in the room: participants scan it
 * with their phone while signed in. Drawn in the browser (`qrcode`, as SVG), with the link in words.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';

export function SessionQr({ url, label }: { url: string; label: string }) {
  const { t } = useTranslation('learning');
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((drawn) => {
        if (isCurrent) setSvg(drawn);
      })
      .catch(() => {
        if (isCurrent) setSvg(null);
      });
    return () => {
      isCurrent = false;
    };
  }, [url]);
  return (
    <div className="learning-qr">
      {svg && <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} />}
      <p>
        {t('roster.check_in_link')}{' '}
        <a className="learning-link" href={url}>
          {url}
        </a>
      </p>
    </div>
  );
}
