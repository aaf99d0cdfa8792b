using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Revenue.Api.Data.Migrations
{
    /// <summary>
    /// Flags the entries stored with a category, nature or counterparty kind no name has (numbers sent
    /// for enums before names were enforced), with history and IncomeCorrected: see <see cref="UnreadableIncomes"/>.
    /// </summary>
    public partial class FlagUnreadableIncomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(UnreadableIncomes.FlagSql);
        }

        /// <summary>Nothing to undo: the flag, its history and its event are facts now; a correction clears the flag.</summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
