using System.Security.Cryptography;
using System.Text;

namespace Course.Notebooks.Execution;

/// <summary>
/// Compiled cells kept on disk between runs, one file per cell named by its key: a hash of the cell's code and of
/// everything its compilation depends on (every earlier cell of the session, the references and their module version
/// ids, the engine and compiler versions, the compiler options). A second <c>course run</c> of unchanged notebooks then
/// loads each cell's assembly instead of compiling it. An entry is checked against its own SHA-256 when read: one that
/// is missing, truncated, altered or unreadable is a miss, never an error, and a cached cell runs exactly the bytes the
/// compiler produced for the same inputs, so outputs do not depend on the cache.
/// </summary>
/// <remarks>
/// Only <c>course run</c> uses a cache; the kernel, the browser and the grader (whose workers run students' code)
/// always compile. The folder is trimmed to <see cref="MaximumBytes"/>, oldest entries first.
/// </remarks>
public sealed class CompiledCellCache
{
    private static readonly byte[] Magic = "course-cell/1\n"u8.ToArray();

    /// <summary>Uses (and creates when needed) the folder <paramref name="directory"/>.</summary>
    /// <param name="directory">Where entries are kept.</param>
    /// <param name="maximumBytes">How large the folder may grow before <see cref="Trim"/> deletes the oldest entries.</param>
    public CompiledCellCache(string directory, long maximumBytes = 256L * 1024 * 1024)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        MaximumBytes = maximumBytes;
    }

    /// <summary>The default folder: <c>$XDG_CACHE_HOME/course/cells</c>, or <c>~/.cache/course/cells</c>.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = string.IsNullOrEmpty(xdg) || !Path.IsPathRooted(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
                : xdg;
            return Path.Combine(root, "course", "cells");
        }
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>How large the folder may grow.</summary>
    public long MaximumBytes { get; }

    /// <summary>How many cells were found in the cache since it was created.</summary>
    public int Hits => hits;

    /// <summary>How many cells were looked for and not found (or found damaged).</summary>
    public int Misses => misses;

    private int hits;
    private int misses;

    /// <summary>The cell stored under <paramref name="key"/>, or <see langword="null"/> when there is none or it is damaged.</summary>
    /// <param name="key">The cell's key (hexadecimal).</param>
    public CompiledCell? TryRead(string key)
    {
        var path = PathOf(key);
        try
        {
            var bytes = File.ReadAllBytes(path);
            var cell = Decode(bytes, key);
            if (cell is not null)
            {
                Interlocked.Increment(ref hits);
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
                return cell;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException or DecoderFallbackException)
        {
            // A missing or unreadable entry is a miss.
        }

        Interlocked.Increment(ref misses);
        return null;
    }

    /// <summary>Stores a compiled cell under <paramref name="key"/>; a cache that cannot be written is skipped silently.</summary>
    /// <param name="key">The cell's key (hexadecimal).</param>
    /// <param name="cell">The compiled cell.</param>
    public void Write(string key, CompiledCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var path = PathOf(key);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(temporary, Encode(key, cell));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Deletes the least recently used entries until the folder holds at most <see cref="MaximumBytes"/>.</summary>
    public void Trim()
    {
        try
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                return;
            }

            var entries = new DirectoryInfo(Directory).EnumerateFiles("*.cell").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
            var total = 0L;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (total > MaximumBytes)
                {
                    TryDelete(entry.FullName);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Trimming is best effort.
        }
    }

    private string PathOf(string key)
    {
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A cache key is 64 lower-case hexadecimal digits.", nameof(key));
        }

        return Path.Combine(Directory, key + ".cell");
    }

    private static byte[] Encode(string key, CompiledCell cell)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(cell.AssemblyName);
            writer.Write(cell.GuardedCode);
            writer.Write(cell.SubmissionType ?? string.Empty);
            writer.Write(cell.HasReturnValue);
            writer.Write(cell.Image.Length);
            writer.Write(cell.Image);
            writer.Write(cell.DebugInformation.Length);
            writer.Write(cell.DebugInformation);
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    private static CompiledCell? Decode(byte[] bytes, string key)
    {
        const int HashLength = 32;
        if (bytes.Length < Magic.Length + HashLength
            || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength)))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, bytes.Length - Magic.Length - HashLength), new UTF8Encoding(false, true));
        if (reader.ReadString() != key)
        {
            return null;
        }

        var assemblyName = reader.ReadString();
        var guardedCode = reader.ReadString();
        var submissionType = reader.ReadString();
        var hasReturnValue = reader.ReadBoolean();
        var image = reader.ReadBytes(reader.ReadInt32());
        var debugInformation = reader.ReadBytes(reader.ReadInt32());
        return new CompiledCell(assemblyName, guardedCode, submissionType.Length == 0 ? null : submissionType, hasReturnValue, image, debugInformation);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover is overwritten or trimmed later.
        }
    }
}
