/**
 * The HTTP bindings as CONTEXT.md's tables state them, typed in by hand: an independent record that the
 * generated schemas are checked against, so a generator bug cannot agree with itself.
 */
export const bindingFacts: Record<string, readonly [method: string, path: string, query: string, status: number]> = {
  'media-pipelines.StartSpeakerSearchTask': ['POST', '/media-insights-pipelines/{identifier}/speaker-search-tasks', 'operation=start', 201],
  'media-pipelines.GetSpeakerSearchTask': ['GET', '/media-insights-pipelines/{identifier}/speaker-search-tasks/{speakerSearchTaskId}', '', 200],
  'media-pipelines.StopSpeakerSearchTask': ['POST', '/media-insights-pipelines/{identifier}/speaker-search-tasks/{speakerSearchTaskId}', 'operation=stop', 204],
  'media-pipelines.StartVoiceToneAnalysisTask': ['POST', '/media-insights-pipelines/{identifier}/voice-tone-analysis-tasks', 'operation=start', 201],
  'media-pipelines.GetVoiceToneAnalysisTask': ['GET', '/media-insights-pipelines/{identifier}/voice-tone-analysis-tasks/{voiceToneAnalysisTaskId}', '', 200],
  'media-pipelines.StopVoiceToneAnalysisTask': ['POST', '/media-insights-pipelines/{identifier}/voice-tone-analysis-tasks/{voiceToneAnalysisTaskId}', 'operation=stop', 204],
  'voice.StartSpeakerSearchTask': ['POST', '/voice-connectors/{VoiceConnectorId}/speaker-search-tasks', '', 201],
  'voice.GetSpeakerSearchTask': ['GET', '/voice-connectors/{VoiceConnectorId}/speaker-search-tasks/{SpeakerSearchTaskId}', '', 200],
  'voice.StopSpeakerSearchTask': ['POST', '/voice-connectors/{VoiceConnectorId}/speaker-search-tasks/{SpeakerSearchTaskId}', 'operation=stop', 204],
  'voice.StartVoiceToneAnalysisTask': ['POST', '/voice-connectors/{VoiceConnectorId}/voice-tone-analysis-tasks', '', 201],
  'voice.GetVoiceToneAnalysisTask': ['GET', '/voice-connectors/{VoiceConnectorId}/voice-tone-analysis-tasks/{VoiceToneAnalysisTaskId}', '', 200],
  'voice.StopVoiceToneAnalysisTask': ['POST', '/voice-connectors/{VoiceConnectorId}/voice-tone-analysis-tasks/{VoiceToneAnalysisTaskId}', 'operation=stop', 204],
  'voice.CreateVoiceProfileDomain': ['POST', '/voice-profile-domains', '', 201],
  'voice.GetVoiceProfileDomain': ['GET', '/voice-profile-domains/{VoiceProfileDomainId}', '', 200],
  'voice.UpdateVoiceProfileDomain': ['PUT', '/voice-profile-domains/{VoiceProfileDomainId}', '', 200],
  'voice.DeleteVoiceProfileDomain': ['DELETE', '/voice-profile-domains/{VoiceProfileDomainId}', '', 204],
  'voice.ListVoiceProfileDomains': ['GET', '/voice-profile-domains', '', 200],
  'voice.CreateVoiceProfile': ['POST', '/voice-profiles', '', 201],
  'voice.GetVoiceProfile': ['GET', '/voice-profiles/{VoiceProfileId}', '', 200],
  'voice.UpdateVoiceProfile': ['PUT', '/voice-profiles/{VoiceProfileId}', '', 200],
  'voice.DeleteVoiceProfile': ['DELETE', '/voice-profiles/{VoiceProfileId}', '', 204],
  'voice.ListVoiceProfiles': ['GET', '/voice-profiles', '', 200],
};
