using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Membership.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class CaseInsensitiveAllianceCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "code_key",
                table: "alliances",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            // Each code's key, in lower case as the service writes it. Where codes already registered
            // clash in all but case, the earliest registered keeps the key and the later ones keep none
            // (null keys never clash): they stay as they are, and no new code can join them.
            migrationBuilder.Sql("""
                UPDATE alliances AS a SET code_key = lower(a.code)
                WHERE NOT EXISTS (
                    SELECT 1 FROM alliances AS earlier
                    WHERE lower(earlier.code) = lower(a.code) AND (earlier.registered_at, earlier.id) < (a.registered_at, a.id));
                """);

            migrationBuilder.CreateIndex(
                name: "ix_alliances_code_key",
                table: "alliances",
                column: "code_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_alliances_code_key",
                table: "alliances");

            migrationBuilder.DropColumn(
                name: "code_key",
                table: "alliances");
        }
    }
}
