// A report of false information goes out as a draft (tasks/drafts.ts), online or not: kept on
// the device with its Idempotency-Key before the first attempt, its photo beside it (draftFiles),
// and sent once, by the form or later by DraftSync. Then the photo is uploaded to the incident
// the report made or joined, with an Idempotency-Key of its own and the same bytes each time.
import { api, newIdempotencyKey, unwrap } from "../../api/client";
import type { Translate } from "../../i18n/i18n";
import { draftFiles } from "../tasks/draftFiles";
import { drafts, type IncidentDraft, type SendOutcome } from "../tasks/drafts";
import { failedSend } from "../tasks/progress";
import type { IncidentInput } from "./queries";

/** Keeps a report (and its photo) on this device, ready to be sent. */
export async function keepReport(
  userId: number,
  body: IncidentInput,
  photo: File | null,
): Promise<IncidentDraft> {
  const draft: IncidentDraft = {
    kind: "incident",
    key: newIdempotencyKey(),
    userId,
    title: body.title,
    body: JSON.stringify(body),
    createdAt: new Date().toISOString(),
  };
  if (photo) {
    const key = newIdempotencyKey();
    // The photo is kept before the draft exists: a draft never waits for a photo not kept.
    await draftFiles.put(key, photo);
    draft.photo = { key, name: photo.name, type: photo.type, size: photo.size };
  }
  drafts.add(draft);
  return draft;
}

/** A file name a multipart header carries safely: ASCII, without quotes or line breaks. */
export function safeFileName(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (letter) => (letter === "đ" ? "d" : "D"))
    .replace(/[^\w.-]+/g, "_");
  return ascii.replace(/^_+|_+$/g, "") || "anh.jpg";
}

/**
 * The multipart body of an upload of `file`, the same bytes at every attempt (the server
 * fingerprints them with the Idempotency-Key, and FormData picks a new boundary each time).
 */
export async function multipartBody(
  boundary: string,
  file: Blob,
  name: string,
  type: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const head = encoder.encode(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; filename="${safeFileName(name)}"\r\n` +
      `Content-Type: ${type || "application/octet-stream"}\r\n\r\n`,
  );
  const content = new Uint8Array(await file.arrayBuffer());
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + content.length + tail.length);
  body.set(head, 0);
  body.set(content, head.length);
  body.set(tail, head.length + content.length);
  return body;
}

async function uploadPhoto(incidentId: number, photo: NonNullable<IncidentDraft["photo"]>) {
  const file = await draftFiles.get(photo.key);
  if (!file) return false;
  const boundary = `ttdn-${photo.key}`;
  const bytes = await multipartBody(boundary, file, photo.name, photo.type);
  unwrap(
    await api.POST("/api/v1/incidents/{incident_id}/evidence", {
      params: { path: { incident_id: incidentId } },
      body: { file: file as unknown as string },
      bodySerializer: () => bytes,
      headers: {
        "Content-Type": `multipart/form-data; boundary=${boundary}`,
        "Idempotency-Key": photo.key,
      },
    }),
  );
  return true;
}

/** Sends under way, by draft: the form and DraftSync may both start one as the network returns. */
const sending = new Map<string, Promise<SendOutcome>>();

/**
 * Sends a report kept as a draft: the report once (200 when its address joined an open incident
 * of the commune, 201 for a new one), then its photo. Says what became of it; the draft is
 * updated in between, so a photo that could not go yet is sent later without a second report.
 * A send of a draft already under way is that send.
 */
export function sendIncidentDraft(draft: IncidentDraft, t: Translate): Promise<SendOutcome> {
  const running = sending.get(draft.key);
  if (running) return running;
  const send = sendOnce(draft, t).finally(() => sending.delete(draft.key));
  sending.set(draft.key, send);
  return send;
}

/**
 * Sends again a report whose sending failed (refused, or not through yet), with the draft's own
 * Idempotency-Key and body bytes: if an earlier attempt did make the incident, the server answers
 * that one again, so a retry never makes a second incident. The draft waits again while it goes;
 * once sent it is forgotten, refused again it says why, and unreachable it waits for the network.
 */
export async function resendIncidentDraft(
  draft: IncidentDraft,
  t: Translate,
): Promise<SendOutcome> {
  const { error: _lastRefusal, ...waiting } = draft;
  drafts.add(waiting);
  const outcome = await sendIncidentDraft(waiting, t);
  if (outcome.kind === "sent") drafts.remove(draft.key);
  if (outcome.kind === "refused") {
    const latest = drafts.all().find((kept) => kept.key === draft.key) ?? waiting;
    drafts.add({ ...latest, error: outcome.message });
  }
  return outcome;
}

async function sendOnce(draft: IncidentDraft, t: Translate): Promise<SendOutcome> {
  let sent = draft.sent;
  if (!sent) {
    try {
      const answer = await api.POST("/api/v1/incidents", {
        body: JSON.parse(draft.body) as IncidentInput,
        bodySerializer: () => draft.body,
        headers: { "Idempotency-Key": draft.key },
      });
      const incident = unwrap(answer);
      sent = {
        incidentId: incident.id,
        code: incident.code,
        joined: answer.response.status === 200,
      };
      drafts.add({ ...draft, sent });
    } catch (error) {
      return failedSend(error, t);
    }
  }
  let photoProblem: string | undefined;
  if (draft.photo) {
    try {
      if (!(await uploadPhoto(sent.incidentId, draft.photo))) photoProblem = t("report.photoLost");
    } catch (error) {
      const outcome = failedSend(error, t);
      if (outcome.kind !== "refused") return outcome;
      // The report is in: say what became of the photo rather than keep it waiting for ever.
      photoProblem = outcome.message;
    }
    await draftFiles.remove(draft.photo.key).catch(() => undefined);
  }
  const text = sent.joined
    ? t("report.joined", { code: sent.code })
    : t("report.created", { code: sent.code });
  return {
    kind: "sent",
    notice: {
      text: photoProblem ? `${text} ${t("report.photoRefused", { reason: photoProblem })}` : text,
      href: `/incidents/${sent.incidentId}`,
    },
  };
}
