using Course.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Course.Tests.Training;

/// <summary>The vectorized layer products against MathNet's products, on shapes with and without a vector tail.</summary>
public sealed class MatrixProductsTests
{
    [Theory]
    [InlineData(32, 64, 10)]
    [InlineData(29, 7, 13)]
    [InlineData(1, 3, 2)]
    public void Products_match_mathnet(int batch, int inputs, int outputs)
    {
        var random = new Random(batch);
        var x = Matrix<float>.Build.Dense(batch, inputs, (_, _) => (float)random.NextDouble() - 0.5f);
        var w = Matrix<float>.Build.Dense(outputs, inputs, (_, _) => (float)random.NextDouble() - 0.5f);
        var dz = Matrix<float>.Build.Dense(batch, outputs, (_, _) => (float)random.NextDouble() - 0.5f);
        var bias = Enumerable.Range(0, outputs).Select(o => o * 0.1f).ToArray();

        var z = new float[batch * outputs];
        MatrixProducts.AffineForward<float>(x.AsColumnMajorArray(), w.ToRowMajorArray(), bias, z, batch, inputs, outputs);
        var expectedZ = (x * w.Transpose()) + Matrix<float>.Build.Dense(batch, outputs, (_, o) => bias[o]);
        AssertClose(expectedZ.AsColumnMajorArray(), z);

        var dx = new float[batch * inputs];
        MatrixProducts.InputGradient<float>(dz.AsColumnMajorArray(), w.ToRowMajorArray(), dx, batch, inputs, outputs);
        AssertClose((dz * w).AsColumnMajorArray(), dx);

        var dw = new float[outputs * inputs];
        var db = new float[outputs];
        MatrixProducts.ParameterGradients<float>(x.AsColumnMajorArray(), dz.AsColumnMajorArray(), dw, db, batch, inputs, outputs);
        AssertClose((dz.Transpose() * x).ToRowMajorArray(), dw);
        AssertClose(dz.ColumnSums().ToArray(), db);
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(Math.Abs(expected[k] - actual[k]) <= 1e-5f * (1 + Math.Abs(expected[k])), $"entry {k}: expected {expected[k]}, got {actual[k]}");
        }
    }
}
