import { useTranslation } from 'react-i18next';
import { PageHeading } from '../PageHeading';

/** The green panel that confirms a booking: the page heading and the booking's reference. */
export function ConfirmationPanel({ title, reference }: { title: string; reference: string }) {
  const { t } = useTranslation();
  return (
    <div className="panel-confirmation">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="panel-body">
        {t('done.reference')}
        <br />
        <strong className="reference">{reference}</strong>
      </p>
    </div>
  );
}
