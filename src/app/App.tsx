/** Layout only. Features mount here as they land; for now it is the placeholder shell. */
export function App() {
  return (
    <main className="app" data-testid="app.ready">
      <h1 className="app__title">DynamoDB Streams → Lambda playground</h1>
      <p className="app__pitch">
        Watch AWS Lambda read a DynamoDB stream: a deterministic, in-browser simulation of the event
        source mapping.
      </p>
    </main>
  )
}
