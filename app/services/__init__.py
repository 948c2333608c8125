"""Qt side: QObjects that own asyncio tasks and turn results into signals."""
