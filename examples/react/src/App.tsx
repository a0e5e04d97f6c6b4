// The widgets as React components from @credit-kit/widgets/react: typed props, and typed events as
// `on<EventName>` props (`credit-commitment-signed` → onCreditCommitmentSigned).
import { useState } from 'react';
import type { Commitment } from '@credit-kit/contract';
import { CreditCommitmentForm, CreditStatusBadge } from '@credit-kit/widgets/react';

// Demo subjects of the reference server's seed (`npm start`).
const subjects = ['91520402MA6DQC0Y2E', '91610902MA70HD8K2J', '92620102L452873191'];

export function App({ sessionToken }: { sessionToken?: string | undefined }) {
  const [locale, setLocale] = useState<'zh-CN' | 'en'>('zh-CN');
  const [signed, setSigned] = useState<Commitment>();
  return (
    <main lang={locale}>
      <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
        {locale === 'en' ? '中文' : 'English'}
      </button>
      <h1>{locale === 'en' ? 'Credit status' : '信用状况'}</h1>
      <ul>
        {subjects.map((code) => (
          <li key={code}>
            <CreditStatusBadge
              code={code}
              locale={locale}
              onCreditStatusError={(e) => console.warn(e.detail.reason, e.detail.message)}
            />
          </li>
        ))}
      </ul>
      {sessionToken ? (
        <CreditCommitmentForm
          template="tpl-approval-substitute"
          sessionToken={sessionToken}
          locale={locale}
          onCreditCommitmentSigned={(e) => setSigned(e.detail.commitment)}
        />
      ) : null}
      {signed ? (
        <p id="signed-code" role="status">
          {signed.code}
        </p>
      ) : null}
    </main>
  );
}
