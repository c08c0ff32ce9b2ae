namespace Amparo.Ingest.Tests.Fuzzing;

/// <summary>Seeded mutations of real frames: bit flips, byte changes, truncation, duplication, insertion, splicing.</summary>
internal sealed class FrameMutator(int seed, IReadOnlyList<byte[]> seeds)
{
    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var frame = seeds[_random.Next(seeds.Count)].ToArray().ToList();
        var mutations = 1 + _random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            switch (_random.Next(7))
            {
                case 0 when frame.Count > 0:
                    var bit = _random.Next(frame.Count * 8);
                    frame[bit / 8] ^= (byte)(1 << (bit % 8));
                    break;
                case 1 when frame.Count > 0:
                    frame[_random.Next(frame.Count)] = (byte)_random.Next(256);
                    break;
                case 2 when frame.Count > 0:
                    var at = _random.Next(frame.Count);
                    frame.RemoveRange(at, Math.Min(1 + _random.Next(8), frame.Count - at));
                    break;
                case 3:
                    frame.InsertRange(_random.Next(frame.Count + 1), Enumerable.Range(0, 1 + _random.Next(16)).Select(_ => (byte)_random.Next(256)));
                    break;
                case 4 when frame.Count > 2:
                    frame = frame.Take(_random.Next(frame.Count)).ToList();
                    break;
                case 5 when frame.Count > 3:
                    // Interesting values in the length field.
                    frame[2] = new byte[] { 0x00, 0x01, 0x05, 0x7F, 0xFF }[_random.Next(5)];
                    break;
                default:
                    frame.AddRange(seeds[_random.Next(seeds.Count)].Take(_random.Next(24)));
                    break;
            }
        }

        return frame.ToArray();
    }
}
