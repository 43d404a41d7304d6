import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_STEPS } from '../../call/rules';
import type { CallRoom } from '../../call/useCallRoom';
import { Tile } from './Tile';

const ILLUSTRATION: Record<(typeof IDENTITY_STEPS)[number], string> = {
  front: '🪪',
  back: '🔄',
  tilt: '↗️',
  face: '🙂🪪',
};

/**
 * The citizen's guide while the employee checks their identity document
 * (front, back, tilted for the security features, beside the face), with their
 * own picture large so they can see what the employee sees.
 */
export function IdentityGuide({ call }: { call: CallRoom }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const id = useId();
  const current = IDENTITY_STEPS[step]!;
  return (
    <section className="id-guide" aria-labelledby={`${id}-title`} data-testid="identity-guide">
      <h2 id={`${id}-title`}>{t('call.identity.guideTitle')}</h2>
      <p>{t('call.identity.guideIntro')}</p>
      <ol className="id-steps-list" aria-label={t('call.identity.stepsLabel')}>
        {IDENTITY_STEPS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined}>
            {i + 1}. {t(`call.identity.steps.${s}.short`)}
          </li>
        ))}
      </ol>
      <div className="id-step" aria-live="polite">
        <span className="id-illustration" aria-hidden="true">
          {ILLUSTRATION[current]}
        </span>
        <div>
          <h3>{t('call.identity.stepOf', { n: step + 1, total: IDENTITY_STEPS.length, title: t(`call.identity.steps.${current}.title`) })}</h3>
          <p>{t(`call.identity.steps.${current}.text`)}</p>
        </div>
      </div>
      <div className="id-self">
        <Tile participant={call.room.localParticipant} className="tile-guide" noVideoReason={t('call.identity.cameraNeeded')} />
      </div>
      <div className="button-group">
        {step > 0 && (
          <button type="button" className="button button-secondary" onClick={() => setStep(step - 1)}>
            {t('call.identity.previous')}
          </button>
        )}
        {step < IDENTITY_STEPS.length - 1 ? (
          <button type="button" className="button" onClick={() => setStep(step + 1)}>
            {t('call.identity.next')}
          </button>
        ) : (
          <p className="hint">{t('call.identity.lastStep')}</p>
        )}
      </div>
    </section>
  );
}
