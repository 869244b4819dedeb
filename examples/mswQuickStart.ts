import { ChimeSDKVoiceClient, GetSpeakerSearchTaskCommand, StartSpeakerSearchTaskCommand } from '@aws-sdk/client-chime-sdk-voice';
import { setupServer } from 'msw/node';
import { createChimeHandlers } from 'chime-conformance/msw';

// The emulator in-process, on a clock the test moves; its state API sets up what requests refer to.
const handlers = createChimeHandlers({ clock: 'manual' });
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'bypass' });
handlers.core.seedDomain({ id: 'd-1', name: 'agents', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k-1' });

const voice = new ChimeSDKVoiceClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
const started = await voice.send(new StartSpeakerSearchTaskCommand({ VoiceConnectorId: 'abcdef1234567890abcde', TransactionId: 'tx-1', VoiceProfileDomainId: 'd-1' }));
handlers.core.clock.advance(5_000); // a speaker search needs 3.5 s of the emulator's time
const { SpeakerSearchTask } = await voice.send(new GetSpeakerSearchTaskCommand({ VoiceConnectorId: 'abcdef1234567890abcde', SpeakerSearchTaskId: started.SpeakerSearchTask?.SpeakerSearchTaskId }));
console.log(`speaker search ${SpeakerSearchTask?.SpeakerSearchTaskStatus}`);
server.close();
