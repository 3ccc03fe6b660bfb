/**
 * The link participants open to take a test, and its QR code to show on a screen in the room: the
 * code is drawn in the browser (`qrcode`, as SVG), with the link beside it in words.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { LearningTestSummary } from '@bia/contracts';
import { testPagePath } from '../utils/test-schedule-values.ts';

export function TestLink({ test }: { test: LearningTestSummary }) {
  const { t } = useTranslation('learning_tests');
  const url = `${window.location.origin}${testPagePath(test.id)}`;
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
  const label = test.kind === 'pre' ? t('link.qr_pre') : t('link.qr_post');
  return (
    <div className="test-qr">
      <p>
        {t('link.intro')}{' '}
        <a className="test-link" href={testPagePath(test.id)}>
          {url}
        </a>
      </p>
      {svg && <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={label} />}
    </div>
  );
}
