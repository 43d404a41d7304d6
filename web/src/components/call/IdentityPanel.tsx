import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/client';
import type { components } from '../../api/schema.gen';
import { callApi } from '../../call/callApi';
import type { DocumentType, IdentityOutcome, IdentityResultInput } from '../../call/types';
import type { CallRoom } from '../../call/useCallRoom';
import { ErrorNotice } from '../ErrorNotice';

const DOCUMENTS: DocumentType[] = ['id_card', 'passport', 'residence_permit', 'driving_licence'];
const POINTS = ['front', 'back', 'securityFeatures', 'faceMatch'] as const;
const OUTCOMES: IdentityOutcome[] = ['verified', 'failed', 'aborted_poor_quality'];
/** A booking on behalf of a business (its link only declared): the proof of representation is checked too (decree, article 3§1). */
const REPRESENTATION_OUTCOMES: IdentityOutcome[] = ['verified', 'representation_not_proven', 'failed', 'aborted_poor_quality'];

/** POST identity-check/start answers the state and whether the proof of representation is part of the check. */
type IdentityCheckStarted = components['schemas']['IdentityCheckStarted'];

/** The employee's side of the identity step: start it, then record the checklist and the outcome. */
export function IdentityPanel({ token, call }: { token: string; call: CallRoom }) {
  const { t } = useTranslation();
  const status = call.state.identityCheck;
  // Told by the start of the step (or, after a reload mid-step, by the server's refusal of a "verified" without it).
  const [representation, setRepresentation] = useState(false);
  const start = useMutation({
    mutationFn: async () => (await callApi.startIdentityCheck(token)) as IdentityCheckStarted,
    onSuccess: (r) => {
      setRepresentation(r.representationToProve);
      call.setState(r.state);
    },
  });
  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">{t('call.identity.title')}</h2>
      <p data-testid="identity-status">{t(`call.identity.status.${status}`)}</p>
      {status === 'running' && (
        <p className="hint" data-testid="identity-who-sees-employee">
          {t(call.state.keepVideoRoles.includes('interpreter') ? 'call.identity.employeeWhoSeesInterpreted' : 'call.identity.employeeWhoSees')}
        </p>
      )}
      {status === 'running' ? (
        <IdentityChecklist token={token} call={call} representation={representation} onRepresentationNeeded={() => setRepresentation(true)} />
      ) : (
        status !== 'verified' && (
          <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
            {status === 'not_started' ? t('call.identity.start') : t('call.identity.startAgain')}
          </button>
        )
      )}
      {start.error && <ErrorNotice error={isApiError(start.error) ? start.error : null} />}
    </section>
  );
}

interface ChecklistProps {
  token: string;
  call: CallRoom;
  /** Booked on behalf of a business whose link is only declared: the proof of representation is a point, and "not proven" an outcome. */
  representation: boolean;
  onRepresentationNeeded: () => void;
}

function IdentityChecklist({ token, call, representation, onRepresentationNeeded }: ChecklistProps) {
  const { t } = useTranslation();
  const id = useId();
  const [documentType, setDocumentType] = useState<DocumentType>('id_card');
  const [checklist, setChecklist] = useState({ front: false, back: false, securityFeatures: false, faceMatch: false, representation: false });
  const [outcome, setOutcome] = useState<IdentityOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: IdentityResultInput) => callApi.recordIdentityCheck(token, input),
    onSuccess: (r) => call.setState(r.state),
    onError: (e) => {
      if (isApiError(e) && e.code === 'representation_unchecked') onRepresentationNeeded();
    },
  });
  const points = representation ? [...POINTS, 'representation' as const] : POINTS;
  const outcomes = representation ? REPRESENTATION_OUTCOMES : OUTCOMES;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!outcome) return setProblem(t('call.identity.errors.outcome'));
    if (outcome === 'verified' && POINTS.some((p) => !checklist[p])) return setProblem(t('call.identity.errors.allPoints'));
    if (outcome === 'verified' && representation && !checklist.representation) return setProblem(t('call.identity.errors.representation'));
    if (outcome === 'representation_not_proven' && POINTS.some((p) => !checklist[p])) return setProblem(t('call.identity.errors.documentPoints'));
    if (outcome === 'failed' && !reason.trim()) return setProblem(t('call.identity.errors.reason'));
    setProblem(null);
    // The representation point is sent only when it is part of this check.
    const { representation: proof, ...document } = checklist;
    save.mutate({ documentType, checklist: representation ? { ...document, representation: proof } : document, outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) });
  };

  return (
    <form className="checklist" onSubmit={submit} noValidate>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {save.error && <ErrorNotice error={isApiError(save.error) ? (save.error as ApiError) : null} />}
      <div className="form-group">
        <label className="label" htmlFor={`${id}-doc`}>
          {t('call.identity.documentType')}
        </label>
        <select id={`${id}-doc`} className="select" value={documentType} onChange={(e) => setDocumentType(e.target.value as DocumentType)}>
          {DOCUMENTS.map((d) => (
            <option key={d} value={d}>
              {t(`call.identity.documents.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="form-group">
        <legend className="label">{t('call.identity.checked')}</legend>
        {representation && <p className="hint">{t('call.identity.representationNote')}</p>}
        {points.map((p) => (
          <div className="choice" key={p}>
            <input id={`${id}-${p}`} type="checkbox" checked={checklist[p]} onChange={(e) => setChecklist({ ...checklist, [p]: e.target.checked })} />
            <label htmlFor={`${id}-${p}`}>{t(`call.identity.points.${p}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend className="label">{t('call.identity.outcome')}</legend>
        {outcomes.map((o) => (
          <div className="choice" key={o}>
            <input id={`${id}-${o}`} type="radio" name={`${id}-outcome`} checked={outcome === o} onChange={() => setOutcome(o)} />
            <label htmlFor={`${id}-${o}`}>{t(`call.identity.outcomes.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      {outcome === 'failed' && (
        <div className="form-group">
          <label className="label" htmlFor={`${id}-reason`}>
            {t('call.identity.reason')}
          </label>
          <textarea id={`${id}-reason`} className="input textarea" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('call.identity.record')}
      </button>
    </form>
  );
}
