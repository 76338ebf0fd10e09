/** Saves text as a file through the browser's download, with no server round trip. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // Revoked on the next task: the download has taken its own reference to the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
