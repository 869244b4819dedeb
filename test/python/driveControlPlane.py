"""Drives `chime-conformance serve --strict-resources --clock manual` with boto3 and the control plane over
HTTP only, and prints what it saw as one JSON object for the TypeScript test to assert on."""
import json
import sys
import urllib.request

import boto3
from botocore.exceptions import ClientError

url = sys.argv[1]
vc = "abcdef1234567890abcde"
voice = boto3.client("chime-sdk-voice", endpoint_url=url, region_name="us-east-1")
seen = {}


def control(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url + path, data=data, method=method)
    with urllib.request.urlopen(req) as res:
        return json.loads(res.read())


def error_of(call):
    try:
        call()
        return "ok"
    except ClientError as e:
        return e.response["Error"]["Code"]


def search_status(task_id):
    task = voice.get_speaker_search_task(VoiceConnectorId=vc, SpeakerSearchTaskId=task_id)["SpeakerSearchTask"]
    return task["SpeakerSearchTaskStatus"]


control("POST", "/_chime/reset")
seen["unknownCall"] = error_of(lambda: voice.start_voice_tone_analysis_task(VoiceConnectorId=vc, TransactionId="py-1", LanguageCode="en-US"))
control("POST", "/_chime/calls", {"voiceConnectorId": vc, "transactionId": "py-1"})
control("POST", "/_chime/calls", {"voiceConnectorId": vc, "transactionId": "py-2"})
domain = voice.create_voice_profile_domain(Name="py", ServerSideEncryptionConfiguration={"KmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/k"})
domain_id = domain["VoiceProfileDomain"]["VoiceProfileDomainId"]
first = voice.start_speaker_search_task(VoiceConnectorId=vc, TransactionId="py-1", VoiceProfileDomainId=domain_id)["SpeakerSearchTask"]["SpeakerSearchTaskId"]
second = voice.start_speaker_search_task(VoiceConnectorId=vc, TransactionId="py-2", VoiceProfileDomainId=domain_id)["SpeakerSearchTask"]["SpeakerSearchTaskId"]
seen["beforeAdvance"] = search_status(first)
control("POST", "/_chime/clock/advance", {"ms": 10_000})
seen["afterAdvance"] = search_status(first)
seen["profile"] = error_of(lambda: voice.create_voice_profile(SpeakerSearchTaskId=first))
control("POST", "/_chime/clock/advance", {"ms": 24 * 3600 * 1000})
seen["lateProfile"] = error_of(lambda: voice.create_voice_profile(SpeakerSearchTaskId=second))
control("POST", "/_chime/clock/advance", {"ms": 7 * 24 * 3600 * 1000})
seen["afterSevenDays"] = error_of(lambda: search_status(first))
seen["state"] = control("GET", "/_chime/state")["voiceProfiles"]["count"]
print(json.dumps(seen))
