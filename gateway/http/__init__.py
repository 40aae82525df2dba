"""What the API and the web pages share: the app's state, the route table, problem details.

Neither door imports the other; both import this package.
"""
