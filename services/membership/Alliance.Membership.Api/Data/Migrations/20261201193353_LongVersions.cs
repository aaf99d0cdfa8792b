using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Membership.Api.Data.Migrations
{
    /// <summary>
    /// ADR-010: every record users edit carries an application version (bigint) instead of the row's
    /// xmin. Existing rows start at 1, except where events already carried a version consumers compare:
    /// a member continues from its revision (which this merges into its version), and an alliance,
    /// whose AllianceChanged carried its xmin (a 32-bit transaction id), starts above every such value.
    /// </summary>
    public partial class LongVersions : Migration
    {
        /// <summary>One more than the largest xmin (uint) an AllianceChanged can have carried.</summary>
        public const long FirstAllianceVersion = (long)uint.MaxValue + 1;

        private static readonly string[] Tables = ["domains", "alliances", "fee_tiers", "members", "membership_contracts"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.AddColumn<long>(name: "version", table: table, type: "bigint", nullable: false, defaultValue: 1L);
            }

            migrationBuilder.Sql($"UPDATE alliances SET version = {FirstAllianceVersion};");
            migrationBuilder.Sql("UPDATE members SET version = GREATEST(revision, 1);");
            migrationBuilder.DropColumn(name: "revision", table: "members");
            foreach (var table in Tables)
            {
                // The application writes every version itself (Alliance.Messaging.Writes.Versions).
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN version DROP DEFAULT;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(name: "revision", table: "members", type: "bigint", nullable: false, defaultValue: 0L);
            migrationBuilder.Sql("UPDATE members SET revision = version;");
            foreach (var table in Tables)
            {
                migrationBuilder.DropColumn(name: "version", table: table);
            }
        }
    }
}
