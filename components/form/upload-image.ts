// Sends one image to /media/upload with XMLHttpRequest, whose upload events give a progress bar (fetch has none).

export type UploadAnswer = { ok: true; markdown: string } | { ok: false; error: string };

export function uploadImage(file: File, onProgress: (percent: number) => void, failed: string): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/media/upload");
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      try {
        const answer = JSON.parse(request.responseText) as { ok: boolean; markdown?: string; error?: string };
        resolve(answer.ok && answer.markdown ? { ok: true, markdown: answer.markdown } : { ok: false, error: answer.error || failed });
      } catch {
        resolve({ ok: false, error: failed }); // a 413 from the body limit, a proxy's page: not our JSON
      }
    });
    request.addEventListener("error", () => resolve({ ok: false, error: failed }));
    request.addEventListener("abort", () => resolve({ ok: false, error: failed }));
    const form = new FormData();
    form.append("file", file, file.name || "image.png");
    request.send(form);
  });
}
