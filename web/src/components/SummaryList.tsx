import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface SummaryRow {
  key: string;
  label: string;
  value: ReactNode;
  /** Link to the page where the answer can be changed. */
  changeTo?: string;
}

/** A gov.gr summary list: question, answer, "change" link. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="summary-list">
      {rows.map((r) => (
        <div key={r.key} className="summary-row">
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
          {r.changeTo && (
            <dd className="summary-action">
              <Link to={r.changeTo}>
                {t('common.change')}
                <span className="visually-hidden"> {r.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
