import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTopics } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RadioGroup } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { useLang, useLocalized } from '../../i18n';
import { StepPage } from '../../wizard/StepPage';
import { nextStep, stepPath } from '../../wizard/steps';
import { useStepErrors } from '../../wizard/useStepErrors';
import { useWizard } from '../../wizard/WizardContext';

export default function TopicStep() {
  const { t } = useTranslation();
  const text = useLocalized();
  const lang = useLang();
  const navigate = useNavigate();
  const { state, dispatch } = useWizard();
  const topics = useTopics(state.municipalityId, state.mode);
  const [picked, setChoice] = useState(state.topicId);
  const { errors, errorFor, setProblems } = useStepErrors(['topicId']);

  const available = (topics.data ?? [])
    .filter((tp) => !state.mode || tp.modes.includes(state.mode))
    .sort((a, b) => text(a.name).localeCompare(text(b.name), lang));
  // The topic a deep link named, when it is offered in the chosen mode.
  const suggested = available.some((tp) => tp.id === state.suggestedTopicId) ? state.suggestedTopicId : null;
  const choice = picked ?? suggested;

  const submit = () => {
    if (!choice) return setProblems([{ field: 'topicId', key: 'errors.chooseTopic' }]);
    dispatch({ type: 'topic', id: choice });
    navigate(stepPath(nextStep('topic')));
  };
  return (
    <StepPage step="topic" title={t('wizard.topic.title')} errors={errors} onSubmit={submit}>
      {topics.isPending && <Loading />}
      <ErrorNotice error={topics.error} onRetry={() => void topics.refetch()} />
      {topics.isSuccess && available.length === 0 && <p className="notice">{t('wizard.topic.none')}</p>}
      {available.length > 0 && (
        <RadioGroup
          field="topicId"
          labelledBy="page-heading"
          value={choice}
          onChange={setChoice}
          error={errorFor('topicId')}
          options={available.map((tp) => {
            const minutes = state.mode ? tp.durationMinutes[state.mode] : undefined;
            return {
              value: tp.id,
              label: text(tp.name),
              hint: minutes ? t('wizard.topic.duration', { count: minutes }) : undefined,
            };
          })}
        />
      )}
    </StepPage>
  );
}
